import { AsyncLocalStorage } from 'node:async_hooks';
import { Database, OPEN_READWRITE } from 'sqlite3';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { SqliteDriver } from 'typeorm/driver/sqlite/SqliteDriver';
import { SqliteQueryRunner } from 'typeorm/driver/sqlite/SqliteQueryRunner';
import { keepPreparedStatements } from './sqlite-prepared-statements';

type Work<T> = (manager: EntityManager) => Promise<T>;

/** The write transaction that is open, and the async context of the work inside it. */
interface OpenTransaction {
  done: Promise<unknown>;
}

/** Idle read connections kept for the next read; more are opened while reads overlap. */
const IDLE_READERS = 2;

/**
 * Connections for single SELECTs from outside any transaction, each running one statement at a
 * time. Below libuv's four threads, so a write's next statement always finds a thread free.
 */
const STATEMENT_READERS = 3;

/** Runners already patched: the SQLite driver hands out one shared runner per DataSource. */
const patchedRunners = new WeakSet<object>();

/**
 * How transactions stay apart on SQLite, where TypeORM's driver has one connection for
 * everything. Used only by UnitOfWork; the rest of the app never sees it.
 *
 * Writes: TypeORM opens SQLite transactions with a deferred BEGIN: the write lock is taken at the
 * first write, after the reads. If another process sharing the file commits in between, SQLite
 * must refuse that write (SQLITE_BUSY on a stale snapshot, which no waiting cures) and TypeORM's
 * busy retry then loops forever. BEGIN IMMEDIATE takes the lock first; while another process
 * holds it, the BEGIN itself is busy and TypeORM retries it (busyErrorRetry). SQLite allows one
 * writer at a time anyway, so write transactions are queued in process.
 *
 * Everything else on the shared connection: a query of another request sent while a transaction
 * is open would run inside it: it would read uncommitted rows, and its own writes would be rolled
 * back with a transaction that fails. The shared runner's `query` is therefore wrapped: queries
 * from the open transaction's work (recognised by their async context, so injected repositories
 * used inside the work pass too) go through; a plain SELECT from outside is answered on a read
 * connection of its own (see `readOutside`), whether a transaction is open or not; anything else
 * waits until the transaction has ended.
 *
 * One statement at a time per connection: node-sqlite3 finalizes each statement on the main
 * thread, and finalizing takes the connection's mutex. With other statements of the same
 * connection running on libuv's threads (a COMMIT waiting for fsync, a long read), the whole event
 * loop stood still until they finished: under the soak's mixed load that was a tenth of the main
 * thread's time, and the writes' own statements waited behind it.
 *
 * Reads (`read`): a transaction of their own on a read-only connection, so a consistent read
 * never waits for a write and never sees its uncommitted rows.
 */
export class SqliteConnectionGuard {
  private queue: Promise<unknown> = Promise.resolve();
  private open: OpenTransaction | null = null;
  private readonly inside = new AsyncLocalStorage<OpenTransaction>();
  private beside?: Promise<Database | null>;
  private readonly idleReaders: Database[] = [];
  private readonly readers = new Set<Database>();
  private readonly statementReaders: Database[] = [];
  private statementReadersOpen = 0;
  private readonly waitingForReader: ((reader: Database) => void)[] = [];
  private statementReadersUsable = true;

  constructor(private readonly dataSource: DataSource) {}

  /** A write transaction: queued behind the others in this process, BEGIN IMMEDIATE. */
  write<T>(work: Work<T>): Promise<T> {
    const run = this.queue.then(() => this.immediateTransaction(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * A read transaction on a connection of its own (a deferred BEGIN in WAL mode: it sees the last
   * commit before its first SELECT, and nothing of a write still open). An in-memory database has
   * no second connection, so there it queues as a write does.
   */
  async read<T>(work: Work<T>): Promise<T> {
    const reader = await this.takeReader();
    if (!reader) return this.write(work);
    const runner = new SqliteQueryRunner(this.dataSource.driver as SqliteDriver);
    runner.connect = () => Promise.resolve(reader);
    Object.assign(runner, { manager: this.dataSource.createEntityManager(runner) });
    try {
      return await runner.manager.transaction(work);
    } finally {
      this.giveBack(reader, runner);
    }
  }

  async close(): Promise<void> {
    const beside = await this.beside?.catch(() => null);
    this.beside = undefined;
    const all = [...this.readers, ...this.statementReaders, ...(beside ? [beside] : [])];
    this.readers.clear();
    this.idleReaders.length = 0;
    this.statementReaders.length = 0;
    this.statementReadersUsable = false;
    await Promise.all(all.map((db) => new Promise<void>((resolve) => db.close(() => resolve()))));
  }

  private async immediateTransaction<T>(work: Work<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    // patched once, not once per transaction (stacked wrappers overflowed the call stack after
    // ~10,000 transactions)
    if (!patchedRunners.has(runner)) {
      this.patch(runner);
      patchedRunners.add(runner);
    }
    let finished!: () => void;
    const open: OpenTransaction = { done: new Promise<void>((resolve) => (finished = resolve)) };
    this.open = open;
    try {
      return await this.inside.run(open, () => runner.manager.transaction(work));
    } finally {
      this.open = null;
      finished();
      await runner.release();
    }
  }

  private patch(runner: QueryRunner): void {
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    const send = (sql: string, rest: unknown[]) =>
      query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
    runner.query = (async (sql: string, ...rest: unknown[]) => {
      // outside: not the open transaction's work, nor a transaction TypeORM runs itself (migrations)
      const outside = this.open ? this.inside.getStore() !== this.open : !runner.isTransactionActive;
      if (outside) {
        const rows = await this.readOutside(sql, rest);
        if (rows) return rows;
      }
      // checked and sent in the same tick, so no other BEGIN can come between
      while (this.open && this.inside.getStore() !== this.open) {
        const rows = await this.readBeside(sql, rest);
        if (rows) return rows;
        await this.open.done.catch(() => undefined);
      }
      return send(sql, rest);
    }) as typeof runner.query;
  }

  /**
   * A plain read from outside the open transaction runs on a second connection instead of
   * waiting for the transaction to end (a 25 MB import holds it for seconds). In WAL mode that
   * connection sees the last commit, as the read would have had it arrived a moment earlier.
   * Undefined when the read must wait: a write, a structured result, an in-memory database.
   */
  private async readBeside(sql: string, rest: unknown[]): Promise<unknown[] | undefined> {
    if (!/^\s*SELECT\b/i.test(sql) || rest[1] === true) return undefined;
    const reader = await (this.beside ??= this.openReader());
    if (!reader) return undefined;
    return this.all(reader, sql, rest);
  }

  /**
   * A plain SELECT from outside any transaction, on a read connection that runs nothing else
   * meanwhile (waiting for one to be free if all are busy). In WAL mode it sees the last commit.
   * Undefined when it cannot: not a plain SELECT, a structured result, an in-memory database.
   */
  private async readOutside(sql: string, rest: unknown[]): Promise<unknown[] | undefined> {
    if (!this.statementReadersUsable || !/^\s*SELECT\b/i.test(sql) || rest[1] === true) return undefined;
    const reader = await this.takeStatementReader();
    if (!reader) return undefined;
    try {
      return await this.all(reader, sql, rest);
    } finally {
      const next = this.waitingForReader.shift();
      if (next) next(reader);
      else this.statementReaders.push(reader);
    }
  }

  /** A read on one of the guard's own connections, logged through TypeORM's logger as its driver does. */
  private all(reader: Database, sql: string, rest: unknown[]): Promise<unknown[]> {
    const parameters = (rest[0] as unknown[]) ?? [];
    const logger = this.dataSource.logger;
    logger.logQuery(sql, parameters);
    return new Promise<unknown[]>((resolve, reject) =>
      reader.all(sql, parameters, (error, rows) => {
        if (!error) return resolve(rows);
        logger.logQueryError(error, sql, parameters);
        reject(error);
      }),
    );
  }

  private async takeStatementReader(): Promise<Database | null> {
    const idle = this.statementReaders.pop();
    if (idle) return idle;
    if (this.statementReadersOpen >= STATEMENT_READERS)
      return new Promise<Database>((resolve) => this.waitingForReader.push(resolve));
    this.statementReadersOpen++;
    const reader = await this.openReader().catch(() => null);
    if (!reader) {
      this.statementReadersOpen--;
      this.statementReadersUsable = false; // an in-memory database: every read stays on the shared connection
    }
    return reader;
  }

  private async takeReader(): Promise<Database | null> {
    const idle = this.idleReaders.pop();
    if (idle) return idle;
    const reader = await this.openReader();
    if (reader) this.readers.add(reader);
    return reader;
  }

  /** A reader whose transaction did not end (a failed ROLLBACK) is closed, never reused. */
  private giveBack(reader: Database, runner: QueryRunner): void {
    if (this.readers.has(reader) && !runner.isTransactionActive && this.idleReaders.length < IDLE_READERS) {
      this.idleReaders.push(reader);
      return;
    }
    this.readers.delete(reader);
    reader.close();
  }

  private async openReader(): Promise<Database | null> {
    const path = this.dataSource.options.database as string;
    if (!path || path === ':memory:') return null;
    // read-write open (a WAL reader needs the shared-memory file), but it only ever reads
    const reader = await new Promise<Database>((resolve, reject) => {
      const db: Database = new Database(path, OPEN_READWRITE, (error) => (error ? reject(error) : resolve(db)));
    });
    reader.configure('busyTimeout', 5000);
    keepPreparedStatements(reader);
    await new Promise<void>((resolve, reject) =>
      reader.run('PRAGMA query_only = 1', (e) => (e ? reject(e) : resolve())),
    );
    return reader;
  }
}
