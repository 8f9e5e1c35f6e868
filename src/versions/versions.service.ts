import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Principal } from '../auth/principal';
import { errorBody } from '../common/errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { changeCount, changelog, Changelog } from './changelog';
import { nextPublishedProgram, PublishedProgram } from './published-program';
import { ScheduleVersionEntity } from './schedule-version.entity';
import { LatestVersion, parseSnapshot, SUMMARY_COLUMNS, summarize, VersionSummary } from './version-summary';
import { loadWorkingProgram } from './working-program';
import { PublishedPrograms } from '../program-read/published-programs.service';
import { AuditTrail } from '../audit/audit-trail.service';

/** Called inside the publish transaction, so deliveries are queued exactly when a version is. */
export type PublishListener = (
  manager: EntityManager,
  eventId: string,
  version: VersionSummary,
  changes: Changelog,
) => Promise<void>;

@Injectable()
export class VersionsService {
  private readonly listeners: PublishListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly published: PublishedPrograms,
    private readonly audit: AuditTrail,
  ) {}

  onPublish(listener: PublishListener): void {
    this.listeners.push(listener);
  }

  /** Freezes the working copy as the next numbered version and makes the event public. */
  async publish(eventId: string, name: string | undefined, principal: Principal): Promise<VersionSummary> {
    const committed: LatestVersion = await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      const previous = await this.published.head(manager, eventId);
      const before = previous && (await this.snapshotOf(manager, eventId, previous.number));
      const program = nextPublishedProgram(
        before,
        await loadWorkingProgram(manager, event),
        this.clock.now().toISOString(),
      );
      const changes = changelog(before, program);
      const row = manager.create(ScheduleVersionEntity, {
        id: randomUUID(),
        eventId,
        number: (previous?.number ?? 0) + 1,
        name: name ?? null,
        publishedAt: this.clock.now(),
        publishedBy:
          principal.kind === 'user'
            ? principal.email
            : principal.kind === 'token'
              ? `token ${principal.tokenId}`
              : 'system',
        programVersion: event.programVersion,
        sessionCount: program.sessions.length,
        changeCount: changeCount(changes),
        snapshot: JSON.stringify(program),
        changes: JSON.stringify(changes),
      });
      await manager.insert(ScheduleVersionEntity, row);
      if (event.status !== 'published') {
        await manager.update(
          EventEntity,
          { id: eventId },
          { status: 'published', version: event.version + 1, updatedAt: this.clock.now() },
        );
      }
      const result = summarize(row);
      await this.audit.record(manager, { eventId, entityId: row.id, after: result });
      for (const listener of this.listeners) await listener(manager, eventId, result, changes);
      return { ...result, program };
    });
    // committed: this instance serves the new version without reading it back
    this.published.remember(eventId, committed);
    const { program: _program, ...summary } = committed;
    return summary;
  }

  async list(eventId: string): Promise<VersionSummary[]> {
    const rows = await this.dataSource.manager.find(ScheduleVersionEntity, {
      select: SUMMARY_COLUMNS,
      where: { eventId },
      order: { number: 'DESC' },
    });
    return rows.map(summarize);
  }

  /** The newest versions with their changelogs (no snapshots), for the Atom feed. */
  async recentChanges(eventId: string, limit: number): Promise<(VersionSummary & { changes: Changelog })[]> {
    const rows = await this.dataSource.manager.find(ScheduleVersionEntity, {
      select: { ...SUMMARY_COLUMNS, changes: true },
      where: { eventId },
      order: { number: 'DESC' },
      take: limit,
    });
    return rows.map((row) => ({ ...summarize(row), changes: JSON.parse(row.changes) as Changelog }));
  }

  async program(eventId: string, number: number): Promise<PublishedProgram> {
    return parseSnapshot((await this.row(eventId, number)).snapshot);
  }

  async changes(eventId: string, number: number): Promise<{ number: number; since: number; changes: Changelog }> {
    const row = await this.row(eventId, number);
    return { number, since: number - 1, changes: JSON.parse(row.changes) as Changelog };
  }

  /** Everything that changed from version `since` to the latest. */
  async changesSince(eventId: string, since: number): Promise<{ number: number; since: number; changes: Changelog }> {
    const latest = await this.published.latest(eventId);
    if (!latest) throw new NotFoundException(errorBody(404, 'this event has no published version yet'));
    if (since < 0 || since > latest.number)
      throw new BadRequestException(errorBody(400, `since must be between 0 and ${latest.number}`));
    const from = since === 0 ? null : await this.program(eventId, since);
    return { number: latest.number, since, changes: changelog(from, latest.program) };
  }

  /** The changelog the next publish would produce (dry run). */
  async preview(eventId: string): Promise<{ nextNumber: number; changes: Changelog }> {
    const event = await this.events.findOrFail(eventId);
    const latest = await this.published.latest(eventId);
    const next = nextPublishedProgram(
      latest?.program ?? null,
      await loadWorkingProgram(this.dataSource.manager, event),
      this.clock.now().toISOString(),
    );
    return { nextNumber: (latest?.number ?? 0) + 1, changes: changelog(latest?.program ?? null, next) };
  }

  /** The program of a version: this instance's parsed copy when it has that version, else read and parsed. */
  private async snapshotOf(manager: EntityManager, eventId: string, number: number): Promise<PublishedProgram> {
    const cached = this.published.cached(eventId, number);
    if (cached) return cached;
    const row = await manager.findOne(ScheduleVersionEntity, {
      select: { id: true, snapshot: true },
      where: { eventId, number },
    });
    return parseSnapshot(row!.snapshot);
  }

  private async row(eventId: string, number: number): Promise<ScheduleVersionEntity> {
    const row = await this.dataSource.manager.findOneBy(ScheduleVersionEntity, { eventId, number });
    if (!row) throw new NotFoundException(errorBody(404, `version ${number} not found`));
    return row;
  }
}
