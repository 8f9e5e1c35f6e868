import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { dialectOf } from './dialect';

/**
 * Multi-row INSERT for imports and restores. Values go through TypeORM's own column metadata and
 * driver preparation (transformers included), but the statement is built here:
 * - TypeORM's InsertQueryBuilder spends most of an import building wide multi-row statements;
 * - its reload of inserted rows merges them back by position, which swapped values between
 *   records on SQLite (seen with 33C3's tracks).
 */
export async function insertRows(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  rows: object[],
  chunkSize = 400,
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => !column.relationMetadata || column.referencedColumn);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const dialect = dialectOf(manager.connection);
  for (let offset = 0; offset < rows.length; offset += chunkSize) {
    const chunk = rows.slice(offset, offset + chunkSize) as Record<string, unknown>[];
    const params: unknown[] = [];
    const tuples = chunk.map(
      (row) =>
        `(${columns
          .map((column) => {
            const value = row[column.propertyName] ?? (column.default !== undefined ? column.default : null);
            params.push(driver.preparePersistentValue(value, column)); // applies the column's transformer too
            return dialect.param(params.length);
          })
          .join(', ')})`,
    );
    await manager.query(
      `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}
