import { DataSource } from 'typeorm';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * A read that nearly every request makes (the access checks of the fast paths). On PostgreSQL it
 * runs as a named prepared statement straight on the driver's pool: the server parses and plans
 * it once per connection instead of on every request, and no TypeORM query runner is made for it.
 * On SQLite it is a plain query: the read connections keep their statements prepared already.
 * Logged through TypeORM's logger either way, as every other statement is.
 */
export function hotLookup<Row>(
  dataSource: DataSource,
  name: string,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  if (dataSource.options.type !== 'postgres') return dataSource.query(sql, parameters);
  dataSource.logger.logQuery(sql, parameters);
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  return pool.query({ name, text: sql, values: parameters }).then(
    (result) => result.rows as Row[],
    (error: unknown) => {
      dataSource.logger.logQueryError(error as Error, sql, parameters);
      throw error;
    },
  );
}
