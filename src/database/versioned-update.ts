import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { StaleVersionException } from '../common/errors';

/**
 * Applies changes only if the row still has the version the client saw:
 * `UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?`, atomic in the database.
 * Returns the new version.
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  current: T & { id: string },
  expectedVersion: number | undefined,
  changes: QueryDeepPartialEntity<T>,
  label: string,
): Promise<number> {
  const version = expectedVersion ?? current.version;
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: current.id, version })
    .execute();
  if (result.affected === 0) {
    const fresh = await manager.getRepository(target).findOneBy({ id: current.id } as never);
    throw new StaleVersionException(label, version, fresh?.version ?? current.version);
  }
  return version + 1;
}
