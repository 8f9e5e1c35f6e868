import { BadRequestException, ForbiddenException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager, In } from 'typeorm';
import { ANONYMOUS, decideEventAccess, Principal } from '../auth/principal';
import { errorBody } from '../common/errors';
import { MembersService } from '../members/members.service';
import { UnitOfWork } from '../database/unit-of-work';
import { EventEntity } from '../events/event.entity';
import { mapEvent, slugify } from '../events/event.mapper';
import { EventsService } from '../events/events.service';
import { isValidTimeZone, localDateOf } from '../time/instants';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { importProblems } from './import-checks';
import { ownSessionUrls } from './session-page-url';
import { ImportedEvent, ImportedSchedule, ScheduleFormatError } from './schedule-model';
import { SessionWriter } from '../sessions/session-writer';
import { ImportResult, ProgramSync } from './program-sync';
import { ParseWorkers } from '../common/workers/parse-workers.service';
import { isUploadedBody } from '../common/http/streamed-body';
import { readScheduleDocument } from './read-schedule-document';
import { Clock } from '../common/clock/clock';
import { AuditTrail } from '../audit/audit-trail.service';

export interface ImportOptions {
  eventId?: string;
  timezone?: string;
}

/**
 * Imports a schedule.xml/json as a draft event, or updates the event it was imported into
 * before (by `eventId`, else by the conference acronym = event slug). One transaction: on any
 * error nothing is written. Clashes in the file are imported and reported, not refused.
 */
@Injectable()
export class ScheduleImportService {
  private readonly logger = new Logger('Import');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: EventsService,
    private readonly members: MembersService,
    private readonly workers: ParseWorkers,
    private readonly clock: Clock,
    private readonly sessionWriter: SessionWriter,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Updating an event by re-import takes the same rights as editing it. Asked for by id, a
   * refusal is an error; matched by acronym, the file simply becomes a new event (slug suffixed).
   */
  private async mayUpdate(
    event: EventEntity | null,
    principal: Principal,
    explicit: boolean,
  ): Promise<EventEntity | null> {
    if (!event) return null;
    const role = principal.kind === 'anonymous' ? null : await this.members.roleOf(event.id, principal.userId);
    const outcome = decideEventAccess({
      principal,
      eventId: event.id,
      need: 'write',
      published: event.status === 'published',
      role,
    });
    if (outcome === 'allow') return event;
    if (!explicit) return null;
    if (outcome === 404) throw new NotFoundException(errorBody(404, `event ${event.id} not found`));
    throw new ForbiddenException(errorBody(403, 'updating this event by import needs the editor role'));
  }

  /**
   * A body from HTTP (bytes) or text is decoded, parsed and checked on a worker thread; the
   * sessions come back a chunk at a time so unpacking them never holds the event loop long.
   * An already parsed document (an in-process caller) is read here.
   */
  async parse(body: unknown, options: ImportOptions): Promise<ImportedSchedule> {
    if (isUploadedBody(body)) {
      const { head, items } = await this.workers.readSchedule(body, options.timezone);
      if (!head.ok) throw new BadRequestException(errorBody(400, head.problems));
      return { ...head.value, events: items };
    }
    try {
      const schedule = readScheduleDocument(body, options.timezone);
      const problems = importProblems(schedule);
      if (problems.length) throw new BadRequestException(errorBody(400, problems));
      return schedule;
    } catch (error) {
      if (error instanceof ScheduleFormatError) throw new BadRequestException(errorBody(400, error.problems));
      throw error;
    }
  }

  async import(
    body: unknown,
    options: ImportOptions,
    principal: Principal = ANONYMOUS,
  ): Promise<ImportResult & { created: boolean }> {
    const started = performance.now();
    const schedule = await this.parse(body, options);
    const zone = schedule.timezone && isValidTimeZone(schedule.timezone) ? schedule.timezone : 'UTC';
    this.logger.log(
      `parsed "${schedule.title}": ${schedule.events.length} events, ${schedule.rooms.length} rooms (${ms(started)})`,
    );

    const existing = options.eventId
      ? await this.mayUpdate(await this.events.findOrFail(options.eventId), principal, true)
      : await this.mayUpdate(
          await this.dataSource.manager.findOneBy(EventEntity, { slug: slugify(schedule.acronym || schedule.title) }),
          principal,
          false,
        );
    const eventId = existing?.id ?? randomUUID();
    const result = await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.upsertEvent(manager, eventId, existing, schedule, zone);
      if (!existing && principal.kind !== 'anonymous') await this.members.addOwner(manager, eventId, principal.userId);
      const base = this.config.publicBaseUrl;
      const synced = await new ProgramSync(
        manager,
        event,
        this.sessionWriter,
        this.clock.now(),
        (message) => this.logger.log(`${message} ${memory()}`),
        (sessionId) => ownSessionUrls(base, event, sessionId),
      ).run(schedule);
      await this.audit.record(manager, {
        eventId,
        entityId: eventId,
        after: { changes: synced.changes, conflicts: synced.conflicts.length },
      });
      return synced;
    });
    this.logger.log(
      `imported "${schedule.title}" into ${eventId}: +${result.changes.added} ~${result.changes.updated} -${result.changes.removed} sessions, ${result.conflicts.length} conflicts (${ms(started)})`,
    );
    return { ...result, event: mapEvent(await this.events.findOrFail(eventId)), created: !existing };
  }

  /** The event's days cover the conference dates and every session (conference days often run past midnight). */
  private async upsertEvent(
    manager: EntityManager,
    id: string,
    existing: EventEntity | null,
    schedule: ImportedSchedule,
    timezone: string,
  ): Promise<EventEntity> {
    const zone = existing?.timezone ?? timezone;
    // Local dates follow instants in one zone: the first start and the last end give the range
    // (one date per session was half a second of event loop for 3,000 sessions).
    const span = instantSpan(schedule.events);
    const dates = [
      schedule.startDate,
      schedule.endDate,
      existing?.startDate,
      existing?.endDate,
      ...(span ? [localDateOf(span.first, zone), localDateOf(span.last, zone)] : []),
    ]
      // A conference `start`/`end` that is no calendar date (found by the contract test: "2026-02-31") is ignored.
      .filter((date): date is string => !!date && isCalendarDate(date))
      .sort();
    if (dates.length === 0) throw new BadRequestException(errorBody(400, 'the schedule has neither dates nor events'));
    const now = this.clock.now();
    const values = {
      name: schedule.title,
      startDate: dates[0],
      endDate: dates[dates.length - 1],
      updatedAt: now,
      // what the file does not say keeps its value
      ...(schedule.venue !== undefined && { venue: schedule.venue.slice(0, 300) }),
      ...(schedule.city !== undefined && { city: schedule.city.slice(0, 200) }),
      ...(schedule.dayChange !== undefined && { dayChange: schedule.dayChange }),
      ...(schedule.timeslotMinutes !== undefined && { timeslotMinutes: schedule.timeslotMinutes }),
    };
    if (existing) {
      await manager.update(EventEntity, { id }, { ...values, version: existing.version + 1 });
      return { ...existing, ...values };
    }
    const slug = await freeSlug(manager, slugify(schedule.acronym || schedule.title));
    const event = manager.create(EventEntity, {
      id,
      slug,
      timezone: zone,
      venue: null,
      city: null,
      dayChange: null,
      timeslotMinutes: null,
      description: null,
      status: 'draft',
      version: 1,
      programVersion: 1,
      createdAt: now,
      ...values,
    });
    await manager.insert(EventEntity, event);
    return event;
  }
}

/** JSON by content: Sessionize "All data", an Indico event export, else a c3voc schedule.json. */

async function freeSlug(manager: EntityManager, base: string): Promise<string> {
  const taken = new Set(
    (
      await manager.find(EventEntity, {
        select: { slug: true },
        where: { slug: In([base, ...[2, 3, 4, 5].map((n) => `${base}-${n}`)]) },
      })
    ).map((e) => e.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate) && (n <= 5 || !(await manager.existsBy(EventEntity, { slug: candidate }))))
      return candidate;
  }
}

/** The first start and the last moment inside a session (its end is exclusive). */
function instantSpan(events: ImportedEvent[]): { first: number; last: number } | undefined {
  if (events.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    first = Math.min(first, e.start);
    last = Math.max(last, e.start + e.durationMinutes * 60_000 - 1);
  }
  return { first, last };
}

/** The process's memory for the phase log lines (docs/imports.md quotes them). */
const memory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return `[rss ${Math.round(rss / 1e6)} MB, heap ${Math.round(heapUsed / 1e6)} MB]`;
};
const ms = (since: number) => `${Math.round(performance.now() - since)} ms ${memory()}`;

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}
