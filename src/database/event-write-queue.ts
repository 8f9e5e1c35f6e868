/**
 * Writes to one event, in this process, one after the other (PostgreSQL). The event's advisory
 * lock already serializes them across instances, but a write waiting for that lock holds a pooled
 * connection meanwhile: with many writers of one event, every connection of the pool sat waiting
 * for the lock and the instance's reads found none free (the two-instance soak answered almost
 * nothing). Queued here first, each instance has at most one connection per event waiting.
 */
export class EventWriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(eventId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(eventId) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.catch(() => undefined);
    this.tails.set(eventId, tail);
    void tail.then(() => {
      if (this.tails.get(eventId) === tail) this.tails.delete(eventId);
    });
    return result;
  }

  /** Events with writes queued or running (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
