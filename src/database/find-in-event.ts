import { BadRequestException } from '@nestjs/common';
import { EntityManager, EntityTarget, In, IsNull, ObjectLiteral } from 'typeorm';
import { errorBody, InUseException, notFound } from '../common/errors';
import { SessionEntity } from '../sessions/session.entity';

/** A record of this event, or 404: ids of another event's records are unknown here. */
export async function findInEvent<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  eventId: string,
  id: string,
  label: string,
): Promise<T> {
  const found = await manager.findOneBy(target, { id, eventId } as never);
  if (!found) throw notFound(label, id);
  return found;
}

/** Checks that referenced ids all belong to the event; a foreign or unknown one is a 400 naming the field. */
export async function assertAllInEvent(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  eventId: string,
  ids: string[],
  field: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const count = await manager.countBy(target, { id: In(unique), eventId });
  if (count !== unique.length)
    throw new BadRequestException(errorBody(400, `${field} refers to an unknown id in this event`));
}

export type SessionReference = 'roomId' | 'trackId' | 'slotId';

/**
 * Deleting something sessions use is refused (409 naming them) unless the caller asks to detach:
 * then those sessions simply lose the reference. Tombstones of deleted sessions do not count
 * (the foreign key's ON DELETE SET NULL clears their reference).
 */
export async function detachOrRefuse(
  manager: EntityManager,
  eventId: string,
  column: SessionReference,
  id: string,
  detach: boolean,
  label: string,
): Promise<void> {
  const users = await manager.find(SessionEntity, {
    select: { id: true, title: true, sequence: true },
    where: { eventId, [column]: id, deletedAt: IsNull() },
  });
  if (users.length === 0) return;
  if (!detach) throw new InUseException(`${label} ${id}`, users);
  const bumpsSequence = column === 'roomId';
  await manager
    .createQueryBuilder()
    .update(SessionEntity)
    .set({
      [column]: null,
      version: () => 'version + 1',
      ...(bumpsSequence && { sequence: () => 'sequence + 1' }),
      updatedAt: new Date(),
    })
    .where({ eventId, [column]: id })
    .execute();
}
