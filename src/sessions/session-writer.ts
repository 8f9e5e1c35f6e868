import { BadRequestException, Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { errorBody, InUseException } from '../common/errors';
import { insertRows } from '../database/insert-rows';
import { updateVersioned } from '../database/versioned-update';
import { PresentationEntity } from '../presentations/presentation.entity';
import { SessionSpeakerEntity } from './session-speaker.entity';
import { SessionEntity } from './session.entity';

/** What a calendar subscriber sees change: any of these bumps the session's SEQUENCE. */
const RESCHEDULING = ['startsAt', 'endsAt', 'roomId', 'status', 'deletedAt'] as const;

export type SessionReference = 'roomId' | 'trackId' | 'slotId';

export interface SessionLink {
  speakerId: string;
  role?: SessionSpeakerEntity['role'];
}

export interface SessionUpdate {
  /** the version the client saw (If-Match); the stored one when the caller read the row in this transaction */
  expectedVersion?: number;
  /** the session's presentations when the caller already holds them (saves a query) */
  presentations?: PresentationEntity[];
}

/**
 * The one owner of session rows: every insert, change, move, tombstone and delete of a session
 * (REST, CSV, schedule import, planner, backup restore, deleting what sessions refer to) goes
 * through here, inside the caller's write transaction (UnitOfWork.writeForEvent). The rules a session write
 * carries travel with it: a new version on each change, a higher calendar SEQUENCE when time,
 * room or status change, presentations moved along with their session (each with a new version).
 * Validation and conflict checks stay with the callers, who know what their input is.
 */
@Injectable()
export class SessionWriter {
  constructor(private readonly clock: Clock) {}

  async insert(manager: EntityManager, session: SessionEntity, speakers: SessionLink[]): Promise<void> {
    await manager.insert(SessionEntity, session);
    await this.replaceSpeakers(manager, session.id, speakers, false);
  }

  /** Bulk insert for imports and restores: rows already complete and checked by the caller. */
  async insertMany(
    manager: EntityManager,
    sessions: Partial<SessionEntity>[],
    links: Partial<SessionSpeakerEntity>[],
  ): Promise<void> {
    // small statements: binding a chunk's values holds the event loop (abstracts can be long)
    await insertRows(manager, SessionEntity, sessions, 100);
    await insertRows(manager, SessionSpeakerEntity, links, 1000);
  }

  /**
   * Changes a session (a stale expected version is a 412). A new start moves its presentations by
   * the same amount; none may end up outside the session, nor in a session without a time.
   * Returns the row as now stored (with the moved presentations when the caller passed them),
   * so the caller can answer without reading it back.
   */
  async update(
    manager: EntityManager,
    current: SessionEntity,
    changes: Partial<SessionEntity>,
    options: SessionUpdate = {},
  ): Promise<SessionEntity> {
    const rescheduled = RESCHEDULING.some((key) => key in changes && !sameValue(changes[key], current[key]));
    let presentations = options.presentations;
    if ('startsAt' in changes || 'endsAt' in changes) {
      presentations = await this.shiftPresentations(
        manager,
        current,
        changes.startsAt !== undefined ? changes.startsAt : current.startsAt,
        changes.endsAt !== undefined ? changes.endsAt : current.endsAt,
        options.presentations,
      );
    }
    const written = {
      ...definedOnly(changes),
      updatedAt: this.clock.now(),
      ...(rescheduled && { sequence: current.sequence + 1 }),
    };
    const version = await updateVersioned(manager, SessionEntity, current, options.expectedVersion, written, 'session');
    return Object.assign(new SessionEntity(), current, written, { version, presentations });
  }

  async replaceSpeakers(
    manager: EntityManager,
    sessionId: string,
    speakers: SessionLink[],
    existing = true,
  ): Promise<void> {
    if (existing) await manager.delete(SessionSpeakerEntity, { sessionId });
    if (speakers.length === 0) return;
    await insertRows(
      manager,
      SessionSpeakerEntity,
      speakers.map((speaker, position) => ({
        sessionId,
        speakerId: speaker.speakerId,
        role: speaker.role ?? 'speaker',
        position,
      })),
    );
  }

  /** Deleting from a published program leaves a tombstone, so calendar feeds can cancel the session. */
  async remove(
    manager: EntityManager,
    published: boolean,
    session: SessionEntity,
    expectedVersion: number | undefined,
  ): Promise<void> {
    if (published) {
      const now = this.clock.now();
      await updateVersioned(
        manager,
        SessionEntity,
        session,
        expectedVersion,
        { deletedAt: now, updatedAt: now, sequence: session.sequence + 1 },
        'session',
      );
      return;
    }
    if (expectedVersion !== undefined)
      await updateVersioned(manager, SessionEntity, session, expectedVersion, {}, 'session');
    await manager.delete(SessionEntity, { id: session.id });
  }

  /** Many at once (a re-import dropping sessions): tombstones when published, else gone. */
  async removeMany(manager: EntityManager, published: boolean, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (!published) {
      await manager.delete(SessionEntity, { id: In(ids) });
      return;
    }
    const now = this.clock.now();
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ deletedAt: now, updatedAt: now, sequence: () => 'sequence + 1', version: () => 'version + 1' })
      .where({ id: In(ids) })
      .execute();
  }

  /**
   * Deleting something sessions use is refused (409 naming them) unless the caller asks to detach:
   * then those sessions simply lose the reference. Tombstones of deleted sessions do not count
   * (the foreign key's ON DELETE SET NULL clears their reference).
   */
  async detachOrRefuse(
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
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({
        [column]: null,
        version: () => 'version + 1',
        ...(column === 'roomId' && { sequence: () => 'sequence + 1' }),
        updatedAt: this.clock.now(),
      })
      .where({ eventId, [column]: id })
      .execute();
  }

  /** A change inside the session (its presentations) shows in its modification time. */
  async touch(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(SessionEntity, { id: sessionId }, { updatedAt: this.clock.now() });
  }

  /** The presentations after the move (each with its new version). */
  private async shiftPresentations(
    manager: EntityManager,
    session: SessionEntity,
    start: Date | null,
    end: Date | null,
    known: PresentationEntity[] | undefined,
  ): Promise<PresentationEntity[]> {
    const presentations = known ?? (await manager.findBy(PresentationEntity, { sessionId: session.id }));
    if (presentations.length === 0) return presentations;
    if (!start || !end) throw new BadRequestException(errorBody(400, 'a session with presentations must keep a time'));
    const delta = session.startsAt ? start.getTime() - session.startsAt.getTime() : 0;
    for (const presentation of presentations) {
      const moved = { start: +presentation.startsAt + delta, end: +presentation.endsAt + delta };
      if (moved.start < +start || moved.end > +end) {
        throw new BadRequestException(
          errorBody(400, `presentation "${presentation.title}" would lie outside the session "${session.title}"`),
        );
      }
    }
    if (delta === 0) return presentations;
    const shifted: PresentationEntity[] = [];
    for (const presentation of presentations) {
      const moved = {
        startsAt: new Date(+presentation.startsAt + delta),
        endsAt: new Date(+presentation.endsAt + delta),
      };
      await manager
        .createQueryBuilder()
        .update(PresentationEntity)
        .set({ ...moved, version: () => 'version + 1' })
        .where('id = :id', { id: presentation.id })
        .execute();
      shifted.push(Object.assign(new PresentationEntity(), presentation, moved, { version: presentation.version + 1 }));
    }
    return shifted;
  }
}

/** What an UPDATE writes: TypeORM leaves out keys whose value is undefined. */
const definedOnly = <T extends object>(changes: T): Partial<T> =>
  Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime() : a === b;
