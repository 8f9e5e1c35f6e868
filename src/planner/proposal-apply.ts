import { EntityManager } from 'typeorm';
import { PresentationEntity } from '../presentations/presentation.entity';
import { PlannerInput } from '../scheduling/planner/planner-types';
import { SessionEntity } from '../sessions/session.entity';

export interface StoredPlacement {
  sessionId: string;
  slotId: string;
  roomId: string;
  start: number;
  end: number;
}

/**
 * Writes a verified proposal inside the caller's transaction: each session that changes time or
 * room gets its new place, a new version and a higher calendar SEQUENCE; its presentations move
 * with it (its length never changes, so they stay inside). Returns the placements that moved.
 */
export async function applyPlacements(
  manager: EntityManager,
  input: PlannerInput,
  placements: StoredPlacement[],
): Promise<StoredPlacement[]> {
  const sessions = new Map(input.sessions.map((session) => [session.id, session]));
  const now = new Date();
  const moved: StoredPlacement[] = [];
  for (const placement of placements) {
    const session = sessions.get(placement.sessionId)!;
    if (session.start === placement.start && session.end === placement.end && session.roomId === placement.roomId)
      continue;
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({
        startsAt: new Date(placement.start),
        endsAt: new Date(placement.end),
        roomId: placement.roomId,
        slotId: placement.slotId,
        durationMinutes: Math.round((placement.end - placement.start) / 60_000),
        version: () => 'version + 1',
        sequence: () => 'sequence + 1',
        updatedAt: now,
      })
      .where('id = :id', { id: placement.sessionId })
      .execute();
    const delta = session.start === null ? 0 : placement.start - session.start;
    if (delta !== 0) {
      // delta is an integer we computed, not client input
      await manager
        .createQueryBuilder()
        .update(PresentationEntity)
        .set({
          startsAt: () => `starts_at + ${Math.trunc(delta)}`,
          endsAt: () => `ends_at + ${Math.trunc(delta)}`,
          version: () => 'version + 1',
        })
        .where('session_id = :id', { id: placement.sessionId })
        .execute();
    }
    moved.push(placement);
  }
  return moved;
}
