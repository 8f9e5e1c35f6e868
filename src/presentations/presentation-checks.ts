import { EntityManager } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { authorBookings } from '../scheduling/author-bookings';
import { SoftConflict } from '../scheduling/soft-conflicts';
import { checkPlacement } from '../sessions/session-checks';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { PresentationEntity } from './presentation.entity';

/**
 * Checks a session's people after one of its presentations changes (new authors, who presents,
 * new times): a presenting author elsewhere at that time is a 409, a co-author a warning.
 * `changed` is the presentation as it will be stored; `removedId` one that goes away.
 */
export async function checkPresentationPeople(
  manager: EntityManager,
  event: EventEntity,
  session: SessionEntity,
  changed: Pick<PresentationEntity, 'id' | 'title' | 'authors' | 'startsAt' | 'endsAt'>,
): Promise<SoftConflict[]> {
  if (!session.startsAt || !session.endsAt) return [];
  const siblings = await manager.findBy(PresentationEntity, { sessionId: session.id });
  const presentations = [...siblings.filter((p) => p.id !== changed.id), changed];
  const links = await manager.find(SessionSpeakerEntity, { where: { sessionId: session.id } });
  const warnings = await checkPlacement(
    manager,
    event.id,
    {
      id: session.id,
      title: session.title,
      status: session.status,
      start: +session.startsAt,
      end: +session.endsAt,
      roomId: null, // the room does not change here: only people are checked
      trackId: null,
      speakerIds: links.map((link) => link.speakerId),
      authorBookings: authorBookings(
        presentations.map((p) => ({
          id: p.id,
          title: p.title,
          authors: p.authors,
          start: +p.startsAt,
          end: +p.endsAt,
        })),
      ),
    },
    event.timezone,
  );
  return warnings.filter((warning) => warning.kind === 'author');
}
