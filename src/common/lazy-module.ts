/**
 * A library loaded on its first use instead of at start-up: its code and data (password
 * dictionaries, an HTML parser, a bundler, a thread pool) cost memory a server may never need.
 * `load` is a `require` call, so the types come from an `import type` of the same module.
 */
export function lazyModule<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
