import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EntityManager, IsNull } from 'typeorm';
import { insertRows } from '../database/insert-rows';
import { ConflictItem } from '../common/errors';
import { EventResponseDto } from '../events/dto/event-response.dto';
import { EventEntity } from '../events/event.entity';
import { loadAuthorBookings } from '../presentations/author-bookings.query';
import { RoomEntity } from '../rooms/room.entity';
import { sweepConflicts } from '../scheduling/conflict-sweep';
import { PlacedSession } from '../scheduling/placed-session';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SessionWriter } from '../sessions/session-writer';
import { nextNumericId } from '../sessions/sessions.service';
import { PresentationEntity } from '../presentations/presentation.entity';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { formatInstant } from '../time/instants';
import { sessionValues } from './import-values';
import { externalIdParts } from './person-identity';
import { acronymOf, UNASSIGNED_ROOM } from './export-program';
import { ImportedEvent, ImportedPerson, ImportedPresentation, ImportedSchedule } from './schedule-model';

const YIELD_EVERY = 200;

export interface ImportConflict extends ConflictItem {
  /** the second session of the clashing pair */
  otherSessionId: string;
  otherTitle: string;
}

export interface ImportResult {
  event: EventResponseDto;
  counts: { sessions: number; rooms: number; tracks: number; speakers: number };
  changes: { added: number; updated: number; unchanged: number; removed: number };
  conflicts: ImportConflict[];
}

/** Brings an event's program in line with an imported schedule, inside the caller's transaction. */
export class ProgramSync {
  constructor(
    private readonly m: EntityManager,
    private readonly event: EventEntity,
    /** sessions are written only through it */
    private readonly sessions: SessionWriter,
    /** the import's one time stamp, from the app's clock */
    private readonly now: Date,
    private readonly log: (message: string) => void,
    /** URLs our own exports give a session (its page): read back, they are not an external link. */
    private readonly ownUrls: (sessionId: string) => string[] = () => [],
  ) {}

  async run(schedule: ImportedSchedule): Promise<Omit<ImportResult, 'event'>> {
    const started = performance.now();
    const tracks = await this.syncByName(
      TrackEntity,
      new Map(),
      schedule.tracks.map((t) => t.name),
      (name, i) => ({
        name,
        color: /^#[0-9a-fA-F]{6}$/.test(schedule.tracks[i]?.color ?? '') ? schedule.tracks[i].color! : null,
        description: null,
      }),
    );
    // our exports' placeholder for "no room": read back as none, not as a room named TBA
    const realRooms = schedule.rooms.filter((room) => room.guid || room.name !== UNASSIGNED_ROOM);
    const rooms = await this.syncByName(
      RoomEntity,
      await this.roomsByGuid(realRooms),
      realRooms.map((r) => r.name),
      (name, i, offset) => ({
        name,
        capacity: null,
        position: offset + i,
        externalId: realRooms[i]?.guid?.toLowerCase() ?? null,
      }),
    );
    const speakers = await this.syncSpeakers(schedule);
    this.log(
      `  ${tracks.size} tracks, ${rooms.size} rooms, ${speakers.size} speakers ready (${Math.round(performance.now() - started)} ms)`,
    );
    await this.syncSlots(schedule.slots ?? []);
    const changes = await this.syncSessions(schedule.events, tracks, rooms, speakers);
    this.log(`  sessions written (${Math.round(performance.now() - started)} ms)`);
    return {
      counts: {
        sessions: await this.m.countBy(SessionEntity, { eventId: this.event.id, deletedAt: IsNull() }),
        rooms: rooms.size,
        tracks: tracks.size,
        speakers: speakers.size,
      },
      changes,
      conflicts: await this.conflicts(),
    };
  }

  private async syncByName<T extends TrackEntity | RoomEntity>(
    target: typeof TrackEntity | typeof RoomEntity,
    matched: Map<string, string>,
    names: string[],
    values: (name: string, index: number, offset: number) => Partial<T>,
  ): Promise<Map<string, string>> {
    const existing = await this.m.find(target, { where: { eventId: this.event.id } });
    const ids = new Map([...existing.map((record): [string, string] => [record.name, record.id]), ...matched]);
    const fresh = names
      .map((name, index) => ({ name, index }))
      .filter(({ name }) => !ids.has(name))
      .map(({ name, index }) => ({
        id: randomUUID(),
        eventId: this.event.id,
        version: 1,
        ...values(name, index, existing.length),
      }));
    await insertRows(this.m, target, fresh);
    for (const record of fresh) ids.set(record.name as string, record.id);
    return ids;
  }

  /**
   * Persons are found by any identifier the file gives (guid, id, code) against any the speaker
   * was imported with, or by a guid that is the speaker's own id (our export writes it).
   */
  /** Break and plenary blocks the file implies; one already there (same kind and times) is kept, none removed. */
  private async syncSlots(slots: NonNullable<ImportedSchedule['slots']>): Promise<void> {
    if (slots.length === 0) return;
    const existing = await this.m.find(SlotEntity, { where: { eventId: this.event.id } });
    const known = new Set(existing.map((slot) => `${slot.kind}:${+slot.startsAt}:${+slot.endsAt}`));
    const fresh = slots
      .filter((slot) => {
        const key = `${slot.kind}:${slot.start}:${slot.end}`;
        if (known.has(key)) return false;
        known.add(key);
        return true;
      })
      .map((slot) => ({
        id: randomUUID(),
        eventId: this.event.id,
        startsAt: new Date(slot.start),
        endsAt: new Date(slot.end),
        kind: slot.kind,
        label: slot.label?.slice(0, 200) ?? null,
        version: 1,
      }));
    await insertRows(this.m, SlotEntity, fresh);
  }

  /** Rooms the file names by a guid we know (the one they came with, or our own id): renamed, not duplicated. */
  private async roomsByGuid(rooms: ImportedSchedule['rooms']): Promise<Map<string, string>> {
    const existing = await this.m.find(RoomEntity, { where: { eventId: this.event.id } });
    const byGuid = new Map<string, RoomEntity>();
    for (const room of existing) {
      byGuid.set(room.id, room);
      if (room.externalId && !byGuid.has(room.externalId)) byGuid.set(room.externalId, room);
    }
    const matched = new Map<string, string>();
    for (const { name, guid } of rooms) {
      const room = guid ? byGuid.get(guid.toLowerCase()) : undefined;
      if (!room) continue;
      matched.set(name, room.id);
      if (room.name !== name) await this.m.update(RoomEntity, { id: room.id }, { name, version: room.version + 1 });
    }
    return matched;
  }

  private async syncSpeakers(schedule: ImportedSchedule): Promise<Map<string, string>> {
    const profiles = new Map(schedule.events.flatMap((event) => event.persons).map((person) => [person.key, person]));
    const persons = new Map([...profiles].map(([key, person]) => [key, person.name]));
    const existing = await this.m.find(SpeakerEntity, { where: { eventId: this.event.id } });
    const byPart = new Map<string, SpeakerEntity>();
    for (const speaker of existing) {
      byPart.set(`guid:${speaker.id}`, speaker);
      for (const part of externalIdParts(speaker.externalId)) if (!byPart.has(part)) byPart.set(part, speaker);
    }
    const ids = new Map<string, string>();
    const renamed = new Set<string>();
    for (const [key, name] of persons) {
      const speaker = externalIdParts(key)
        .map((part) => byPart.get(part))
        .find(Boolean);
      if (!speaker) continue;
      ids.set(key, speaker.id);
      const profile = profileValues(profiles.get(key)!, speaker);
      const changed = name !== speaker.name || profile.bio !== speaker.bio || profile.avatarUrl !== speaker.avatarUrl;
      if (changed && !renamed.has(speaker.id)) {
        renamed.add(speaker.id);
        await this.m.update(SpeakerEntity, { id: speaker.id }, { name, ...profile, version: speaker.version + 1 });
      }
    }
    const fresh = [...persons]
      .filter(([key]) => !ids.has(key))
      .map(([key, name]) => ({
        id: randomUUID(),
        eventId: this.event.id,
        name,
        externalId: key,
        affiliation: null,
        ...profileValues(profiles.get(key)!, undefined),
        email: null,
        availability: null,
        version: 1,
      }));
    await insertRows(this.m, SpeakerEntity, fresh);
    for (const speaker of fresh) ids.set(speaker.externalId, speaker.id);
    return ids;
  }

  private async syncSessions(
    events: ImportedEvent[],
    tracks: Map<string, string>,
    rooms: Map<string, string>,
    speakers: Map<string, string>,
  ): Promise<ImportResult['changes']> {
    const existing = await this.m.find(SessionEntity, {
      where: { eventId: this.event.id },
      relations: { speakers: true, presentations: true },
    });
    // A file's guid is the guid it was imported with, or our own id (our export writes it for
    // sessions created here); only imported sessions missing from the file are removed.
    const byGuid = new Map(existing.filter((s) => s.externalId).map((session) => [session.externalId!, session]));
    const byOwnId = new Map(existing.map((session) => [session.id, session]));
    const usedNumbers = new Set(existing.map((session) => session.numericId));
    let nextNumber = await nextNumericId(this.m, this.event.id);
    const inserts: Partial<SessionEntity>[] = [];
    const links: Partial<SessionSpeakerEntity>[] = [];
    const presentations: Partial<PresentationEntity>[] = [];
    const changes = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    for (const [index, imported] of events.entries()) {
      // thousands of sessions: let other requests in now and then
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
      const current = byGuid.get(imported.guid) ?? byOwnId.get(imported.guid);
      const values = {
        ...sessionValues(imported, current, acronymOf(this.event.slug)),
        trackId: imported.track ? (tracks.get(imported.track) ?? null) : null,
        roomId: rooms.get(imported.room) ?? null,
        startsAt: new Date(imported.start),
        endsAt: new Date(imported.start + imported.durationMinutes * 60_000),
        durationMinutes: imported.durationMinutes,
        status: 'confirmed' as const,
        deletedAt: null,
      };
      const people = uniquePeople(
        imported.persons.map((p) => ({ speakerId: speakers.get(p.key)!, role: p.role ?? 'speaker' })),
      );
      const linkRows = (sessionId: string) => people.map((person, position) => ({ sessionId, ...person, position }));
      const papers = imported.presentations?.map((p, position) => presentationValues(p, position, speakers));
      if (current && values.url && this.ownUrls(current.id).includes(values.url)) values.url = null;
      if (!current) {
        const numericId =
          imported.numericId && !usedNumbers.has(imported.numericId) ? imported.numericId : nextNumber++;
        usedNumbers.add(numericId);
        nextNumber = Math.max(nextNumber, numericId + 1);
        const id = randomUUID();
        inserts.push({
          id,
          eventId: this.event.id,
          externalId: imported.guid,
          numericId,
          ...values,
          slotId: null,
          expectedAttendance: null,
          pinned: false,
          version: 1,
          sequence: 0,
          createdAt: this.now,
          updatedAt: this.now,
        });
        links.push(...linkRows(id));
        if (papers) presentations.push(...papers.map((p) => ({ id: randomUUID(), sessionId: id, ...p, version: 1 })));
        changes.added++;
        continue;
      }
      byGuid.delete(current.externalId ?? '');
      const sameSpeakers =
        current.speakers
          .sort((a, b) => a.position - b.position)
          .map((l) => `${l.speakerId}:${l.role}`)
          .join() === people.map((p) => `${p.speakerId}:${p.role}`).join();
      // presentations only when the format has them (Indico); others leave a session's own alone
      const samePapers = !papers || samePresentations(current.presentations ?? [], papers);
      if (sameSpeakers && samePapers && isUnchanged(current, values)) {
        changes.unchanged++;
        continue;
      }
      // A file with presentations places them itself; otherwise the session's own move with it.
      await this.sessions.update(this.m, current, values, { presentations: papers ? [] : current.presentations });
      if (!sameSpeakers) {
        await this.sessions.replaceSpeakers(this.m, current.id, []);
        links.push(...linkRows(current.id));
      }
      if (!samePapers) {
        await this.m.delete(PresentationEntity, { sessionId: current.id });
        presentations.push(...papers.map((p) => ({ id: randomUUID(), sessionId: current.id, ...p, version: 1 })));
      }
      changes.updated++;
    }
    await this.sessions.insertMany(this.m, inserts, links);
    await insertRows(this.m, PresentationEntity, presentations, 500);
    changes.removed = await this.removeMissing([...byGuid.values()].filter((session) => !session.deletedAt));
    return changes;
  }

  /** Sessions the new file no longer has: tombstones once published (feeds cancel them), else gone. */
  private async removeMissing(sessions: SessionEntity[]): Promise<number> {
    if (sessions.length === 0) return 0;
    await this.sessions.removeMany(
      this.m,
      this.event.status === 'published',
      sessions.map((session) => session.id),
    );
    return sessions.length;
  }

  /**
   * Only what the sweep reads, as raw rows: loading whole sessions (abstracts included) and
   * hydrating entities held the event loop about a second for 3,000 sessions.
   */
  private async placedSessions(): Promise<PlacedSession[]> {
    const sessions = await this.m
      .createQueryBuilder(SessionEntity, 's')
      .select('s.id', 'id')
      .addSelect('s.title', 'title')
      .addSelect('s.status', 'status')
      .addSelect('s.starts_at', 'startsAt')
      .addSelect('s.ends_at', 'endsAt')
      .addSelect('s.room_id', 'roomId')
      .addSelect('s.track_id', 'trackId')
      .addSelect('s.expected_attendance', 'expectedAttendance')
      .where('s.event_id = :eventId AND s.deleted_at IS NULL AND s.starts_at IS NOT NULL AND s.ends_at IS NOT NULL', {
        eventId: this.event.id,
      })
      .getRawMany<Record<string, unknown>>();
    const links = await this.m
      .createQueryBuilder(SessionSpeakerEntity, 'l')
      .innerJoin('l.session', 's')
      .select('l.session_id', 'sessionId')
      .addSelect('l.speaker_id', 'speakerId')
      .where('s.event_id = :eventId AND s.deleted_at IS NULL', { eventId: this.event.id })
      .orderBy('l.position')
      .getRawMany<{ sessionId: string; speakerId: string }>();
    const speakersOf = new Map<string, string[]>();
    for (const link of links) {
      const list = speakersOf.get(link.sessionId) ?? [];
      list.push(link.speakerId);
      speakersOf.set(link.sessionId, list);
    }
    return sessions.map((row) => ({
      id: row.id as string,
      title: row.title as string,
      status: row.status as PlacedSession['status'],
      start: millis(row.startsAt)!,
      end: millis(row.endsAt)!,
      roomId: (row.roomId as string | null) ?? null,
      trackId: (row.trackId as string | null) ?? null,
      speakerIds: speakersOf.get(row.id as string) ?? [],
      expectedAttendance: millis(row.expectedAttendance),
    }));
  }

  private async conflicts(): Promise<ImportConflict[]> {
    const placed = await this.placedSessions();
    const authors = await loadAuthorBookings(this.m, { eventId: this.event.id });
    for (const session of placed) session.authorBookings = authors.get(session.id);
    return sweepConflicts(placed, ['room', 'speaker']).map((pair) => ({
      kind: pair.kind as 'room' | 'speaker',
      sessionId: pair.first.id,
      title: pair.first.title,
      otherSessionId: pair.second.id,
      otherTitle: pair.second.title,
      overlapStart: formatInstant(pair.overlap.start, this.event.timezone),
      overlapEnd: formatInstant(pair.overlap.end, this.event.timezone),
      ...(pair.kind === 'room' ? { roomId: pair.resourceId } : { speakerId: pair.resourceId }),
    }));
  }
}

function isUnchanged(current: SessionEntity, values: Record<string, unknown>): boolean {
  return Object.entries(values).every(([key, value]) => {
    const now = current[key as keyof SessionEntity];
    if (value instanceof Date || now instanceof Date) return +(now as Date) === +(value as Date);
    return JSON.stringify(emptyAsNull(now)) === JSON.stringify(emptyAsNull(value));
  });
}

/** A person's public profile from the file; what the file has no place for keeps the speaker's value. */
function profileValues(person: ImportedPerson, speaker: SpeakerEntity | undefined) {
  const avatar =
    person.avatar && person.avatar.length <= 500 ? person.avatar : person.avatar === null ? null : undefined;
  return {
    bio: person.biography === undefined ? (speaker?.bio ?? null) : person.biography,
    avatarUrl: avatar === undefined ? (speaker?.avatarUrl ?? null) : avatar,
  };
}

function uniquePeople<T extends { speakerId: string }>(people: T[]): T[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.speakerId) && seen.add(p.speakerId));
}

function presentationValues(p: ImportedPresentation, position: number, speakers: Map<string, string>) {
  return {
    title: p.title.slice(0, 300),
    authors: p.authors.map((a) => {
      const speakerId = speakers.get(a.key);
      return speakerId ? { speakerId, name: a.name } : { name: a.name };
    }),
    startsAt: new Date(p.start),
    endsAt: new Date(p.end),
    abstract: p.abstract ?? null,
    boardNumber: p.board?.slice(0, 20) ?? null,
    position,
  };
}

function samePresentations(current: PresentationEntity[], wanted: ReturnType<typeof presentationValues>[]): boolean {
  const key = (p: ReturnType<typeof presentationValues>) =>
    JSON.stringify([p.title, p.authors, +p.startsAt, +p.endsAt, p.abstract, p.boardNumber, p.position]);
  const sorted = [...current].sort((a, b) => a.position - b.position);
  return sorted.length === wanted.length && sorted.every((p, i) => key(p) === key(wanted[i]));
}

/** Instants are epoch milliseconds in both databases; PostgreSQL returns bigint as text. */
const millis = (value: unknown) => (value == null ? null : Number(value));

/** No links and an empty list of links are the same thing (sessions made here have null). */
const emptyAsNull = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
