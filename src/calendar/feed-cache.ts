/**
 * A least-recently-used cache bounded by total bytes: whole-event feeds are large and few,
 * personal feeds small and many; a byte budget bounds memory for both.
 */
export class ByteBudgetCache<V extends { bytes: number }> {
  private readonly entries = new Map<string, V>();
  private used = 0;

  constructor(private readonly budgetBytes: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    if (value.bytes > this.budgetBytes) return;
    this.entries.set(key, value);
    this.used += value.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.used -= old.bytes;
    }
  }

  delete(key: string): void {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.used -= value.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.used;
  }
}

/** Rendered VEVENT texts, bounded by bytes. */
export function fragmentStore(budgetBytes: number): {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
} {
  const cache = new ByteBudgetCache<{ text: string; bytes: number }>(budgetBytes);
  return {
    get: (key) => cache.get(key)?.text,
    set: (key, text) => cache.set(key, { text, bytes: text.length * 2 + key.length * 2 }),
  };
}
