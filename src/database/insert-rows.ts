import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Multi-row INSERT without TypeORM's reload of the inserted rows. Every column is set by us, and
 * on SQLite that reload merges the rows back into the objects by position, which swapped values
 * between records (seen with 33C3's tracks).
 */
export async function insertRows(manager: EntityManager, target: EntityTarget<ObjectLiteral>, rows: object[], chunkSize = 100): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await manager.createQueryBuilder().insert().into(target).values(rows.slice(i, i + chunkSize)).updateEntity(false).execute();
  }
}
