import { ConflictItem } from '../common/errors';
import { sweepConflicts } from '../scheduling/conflict-sweep';
import { contains } from '../scheduling/intervals';
import { PlacedSession } from '../scheduling/placed-session';
import { intervalProblems } from '../scheduling/time-rules';
import { formatInstant, Interval, parseInstant } from '../time/instants';
import { BackupDocument } from './backup-document';

/** A hard clash found in a restored program: reported, not refused (the original had it too). */
export interface RestoreConflict extends ConflictItem {
  /** the second session of the clashing pair */
  otherSessionId: string;
  otherTitle: string;
}

const toInterval = (startsAt: string, endsAt: string): Interval => ({
  start: parseInstant(startsAt).getTime(),
  end: parseInstant(endsAt).getTime(),
});

/**
 * The invariants every write path enforces, applied to a structurally valid document: end after
 * start, slots and live scheduled sessions inside the event's days, presentations inside their
 * (scheduled) session. Tombstones and availability windows only need end after start: the
 * event's days may have moved since they were written, as the REST API allows.
 */
export function programProblems(doc: BackupDocument): string[] {
  const { event } = doc;
  if (event.endDate < event.startDate) return ['event.endDate must not be before event.startDate'];
  const problems: string[] = [];
  const endAfterStart = (interval: Interval, path: string) =>
    interval.end > interval.start ? [] : [`${path}.endsAt must be after ${path}.startsAt`];

  doc.slots.forEach((slot, index) =>
    problems.push(...intervalProblems(toInterval(slot.startsAt, slot.endsAt), event, `slots[${index}].`)),
  );
  doc.speakers.forEach((speaker, index) =>
    (speaker.availability ?? []).forEach((window, position) =>
      problems.push(
        ...endAfterStart(toInterval(window.startsAt, window.endsAt), `speakers[${index}].availability[${position}]`),
      ),
    ),
  );

  const sessionTimes = new Map<string, { index: number; interval: Interval | null }>();
  doc.sessions.forEach((session, index) => {
    const path = `sessions[${index}]`;
    if ((session.startsAt == null) !== (session.endsAt == null)) {
      problems.push(`${path}.startsAt and ${path}.endsAt must both be set (scheduled) or both be null (backlog)`);
      sessionTimes.set(session.id, { index, interval: null });
      return;
    }
    const interval = session.startsAt && session.endsAt ? toInterval(session.startsAt, session.endsAt) : null;
    sessionTimes.set(session.id, { index, interval });
    if (!interval) return;
    problems.push(
      ...(session.deletedAt ? endAfterStart(interval, path) : intervalProblems(interval, event, `${path}.`)),
    );
  });

  doc.presentations.forEach((presentation, index) => {
    const path = `presentations[${index}]`;
    const interval = toInterval(presentation.startsAt, presentation.endsAt);
    const own = endAfterStart(interval, path);
    if (own.length) {
      problems.push(...own);
      return;
    }
    const session = sessionTimes.get(presentation.sessionId)!;
    if (!session.interval) problems.push(`${path} belongs to sessions[${session.index}], which is not scheduled`);
    else if (!contains(session.interval, interval))
      problems.push(`${path} must lie inside its session sessions[${session.index}]`);
  });
  return problems;
}

/** Room and speaker double bookings among live, non-cancelled sessions, as in a 409 body plus the other session. */
export function hardConflicts(sessions: PlacedSession[], timezone: string): RestoreConflict[] {
  return sweepConflicts(sessions, ['room', 'speaker']).map((pair) => ({
    kind: pair.kind as 'room' | 'speaker',
    sessionId: pair.first.id,
    title: pair.first.title,
    otherSessionId: pair.second.id,
    otherTitle: pair.second.title,
    overlapStart: formatInstant(pair.overlap.start, timezone),
    overlapEnd: formatInstant(pair.overlap.end, timezone),
    ...(pair.kind === 'room' ? { roomId: pair.resourceId } : { speakerId: pair.resourceId }),
  }));
}
