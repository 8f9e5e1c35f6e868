import { BadRequestException } from '@nestjs/common';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { errorBody, notFound } from '../common/errors';

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
