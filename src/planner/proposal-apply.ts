import { EntityManager, In } from 'typeorm';
import { PlannerInput } from '../scheduling/planner/planner-types';
import { SessionEntity } from '../sessions/session.entity';
import { SessionWriter } from '../sessions/session-writer';

export interface StoredPlacement {
  sessionId: string;
  slotId: string;
  roomId: string;
  start: number;
  end: number;
}

/**
 * Writes a verified proposal inside the caller's transaction: each session that changes time or
 * room gets its new place through the SessionWriter (new version, higher calendar SEQUENCE, its
 * presentations moved along). Returns the placements that moved.
 */
export async function applyPlacements(
  manager: EntityManager,
  writer: SessionWriter,
  input: PlannerInput,
  placements: StoredPlacement[],
): Promise<StoredPlacement[]> {
  const planned = new Map(input.sessions.map((session) => [session.id, session]));
  const moved = placements.filter((placement) => {
    const session = planned.get(placement.sessionId)!;
    return !(session.start === placement.start && session.end === placement.end && session.roomId === placement.roomId);
  });
  if (moved.length === 0) return moved;
  const rows = await manager.findBy(SessionEntity, { id: In(moved.map((placement) => placement.sessionId)) });
  const stored = new Map(rows.map((row) => [row.id, row]));
  for (const placement of moved) {
    await writer.update(manager, stored.get(placement.sessionId)!, {
      startsAt: new Date(placement.start),
      endsAt: new Date(placement.end),
      roomId: placement.roomId,
      slotId: placement.slotId,
      durationMinutes: Math.round((placement.end - placement.start) / 60_000),
    });
  }
  return moved;
}
