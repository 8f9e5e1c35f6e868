import type { Database, Statement } from 'sqlite3';

/** Statements kept per connection: bounded, because SELECTs with IN lists differ with their length. */
const KEPT_PER_CONNECTION = 64;

type Callback = (this: Statement, error: Error | null, ...results: unknown[]) => void;

interface Kept {
  statement: Statement;
  ready: boolean;
  /** Calls that arrived while the statement was being prepared. */
  waiting: ((error: Error | null) => void)[];
}

const patched = new WeakSet<Database>();

/**
 * node-sqlite3's `Database#all` and `#run` prepare a statement on libuv's thread pool, run it
 * there once it is prepared, then finalize it on the event loop: under load each of those steps
 * waits for a turn of the busy event loop. This keeps a connection's statements prepared (they are
 * reset after every call, so none holds a read snapshot or a lock): a query is one trip through the
 * thread pool. Used on the guard's read connections, where public reads went from 0.29x to 0.38x of
 * raw node:http; on the write connection it did not change the moves' or the soak's figures.
 * `close` finalizes them first (SQLite refuses to close a connection with live statements).
 */
export function keepPreparedStatements(db: Database): void {
  if (patched.has(db)) return;
  patched.add(db);
  const kept = new Map<string, Kept>();

  const forget = (sql: string, entry: Kept) => {
    if (kept.get(sql) === entry) kept.delete(sql);
    entry.statement.finalize(() => undefined);
  };

  /** Runs `use` with the prepared statement, or `fail` with the preparation's error. */
  const withStatement = (sql: string, use: (statement: Statement) => void, fail: (error: Error) => void) => {
    let entry = kept.get(sql);
    if (entry) {
      kept.delete(sql); // back to the end: the least recently used comes first
      kept.set(sql, entry);
    } else {
      const fresh: Kept = { statement: undefined as unknown as Statement, ready: false, waiting: [] };
      // A failed preparation drops the calls queued on the statement without calling them back,
      // so nothing is queued on it before it is ready.
      fresh.statement = db.prepare(sql, (error: Error | null) => {
        fresh.ready = !error;
        if (error) forget(sql, fresh);
        for (const resume of fresh.waiting.splice(0)) resume(error);
      });
      kept.set(sql, fresh);
      entry = fresh;
      for (const [oldSql, old] of kept) {
        if (kept.size <= KEPT_PER_CONNECTION) break;
        if (old.ready) forget(oldSql, old);
      }
    }
    const current = entry;
    if (current.ready) return use(current.statement);
    current.waiting.push((error) => (error ? fail(error) : use(current.statement)));
  };

  for (const method of ['all', 'run'] as const) {
    (db as unknown as Record<string, unknown>)[method] = (sql: string, ...args: unknown[]) => {
      const callback = typeof args[args.length - 1] === 'function' ? (args.pop() as Callback) : undefined;
      withStatement(
        sql,
        (statement) => {
          const call = (...rest: unknown[]) => (method === 'all' ? statement.all(...rest) : statement.run(...rest));
          const done = function (this: Statement, error: Error | null, ...results: unknown[]) {
            // after an error the statement is prepared afresh next time
            if (error) {
              const entry = kept.get(sql);
              if (entry?.statement === statement) forget(sql, entry);
            }
            callback?.call(this, error, ...results);
          };
          try {
            call(...args, done);
          } catch (error) {
            done.call(statement, error as Error); // parameters it cannot bind: an answer, never a throw from a callback
          }
        },
        (error) => callback?.call(undefined as unknown as Statement, error),
      );
      return db;
    };
  }

  const close = db.close.bind(db);
  db.close = (callback?: (error: Error | null) => void) => {
    const statements = [...kept.values()].map((entry) => entry.statement);
    kept.clear();
    let left = statements.length;
    if (left === 0) return close(callback);
    for (const statement of statements)
      statement.finalize(() => {
        if (--left === 0) close(callback);
      });
  };
}
