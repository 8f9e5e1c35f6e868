/** One build per key at a time: callers asking for a key that is being built share its promise. */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, build: () => Promise<T>): Promise<T> {
    let promise = this.running.get(key);
    if (!promise) {
      promise = build().finally(() => this.running.delete(key));
      this.running.set(key, promise);
    }
    return promise;
  }
}
