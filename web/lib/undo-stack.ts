/** Undo and redo over the last `limit` changes; each entry knows how to do and undo itself. */
export class UndoStack<T> {
  private done: T[] = [];
  private undone: T[] = [];

  constructor(private readonly limit = 20) {}

  push(entry: T): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The entry to undo, moved to the redo side; undefined when there is none. */
  takeUndo(): T | undefined {
    const entry = this.done.pop();
    if (entry !== undefined) this.undone.push(entry);
    return entry;
  }

  takeRedo(): T | undefined {
    const entry = this.undone.pop();
    if (entry !== undefined) this.done.push(entry);
    return entry;
  }

  /** Puts back an entry whose undo (or redo) the server refused. */
  restore(entry: T, side: 'undo' | 'redo'): void {
    if (side === 'undo') {
      this.undone.pop();
      this.done.push(entry);
    } else {
      this.done.pop();
      this.undone.push(entry);
    }
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
