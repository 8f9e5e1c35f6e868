import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { errorBody } from '../common/errors';
import { PublishedProgram } from '../versions/published-program';
import { ScheduleVersionEntity } from '../versions/schedule-version.entity';
import { LatestVersion, parseSnapshot, summarize } from '../versions/version-summary';

/**
 * The latest published version of each event, as the public reads it. The parsed snapshot is
 * kept per instance and per version; another instance's newer publish is noticed by reading
 * the head row (number only) on each call.
 */
@Injectable()
export class PublishedPrograms {
  private readonly latestByEvent = new Map<string, LatestVersion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What the public sees of an event: its latest published program (404 if it has none). */
  async program(eventId: string): Promise<PublishedProgram> {
    const latest = await this.latest(eventId);
    if (!latest) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    return latest.program;
  }

  /**
   * The latest published version with its program, or null before the first publish.
   * `knownNumber`: the latest number when the request read it already (the access guard does, with the event; null: none).
   */
  async latest(eventId: string, knownNumber?: number | null): Promise<LatestVersion | null> {
    const head =
      knownNumber === undefined
        ? await this.head(this.dataSource.manager, eventId)
        : knownNumber && { number: knownNumber };
    if (!head) return null;
    const cached = this.latestByEvent.get(eventId);
    if (cached?.number === head.number) return cached;
    const row = await this.dataSource.manager.findOneBy(ScheduleVersionEntity, { eventId, number: head.number });
    if (!row) return null; // the event was deleted between the two reads
    const latest = { ...summarize(row), program: parseSnapshot(row.snapshot) };
    this.latestByEvent.set(eventId, latest);
    return latest;
  }

  /** This instance's parsed program of that version, if it holds it. */
  cached(eventId: string, number: number): PublishedProgram | undefined {
    const cached = this.latestByEvent.get(eventId);
    return cached?.number === number ? cached.program : undefined;
  }

  /** A publish committed by this instance: serve it without reading it back. */
  remember(eventId: string, published: LatestVersion): void {
    if ((this.latestByEvent.get(eventId)?.number ?? 0) < published.number) this.latestByEvent.set(eventId, published);
  }

  /** Number (and id) of the newest version, without its snapshot. */
  head(manager: EntityManager, eventId: string): Promise<Pick<ScheduleVersionEntity, 'id' | 'number'> | null> {
    return manager.findOne(ScheduleVersionEntity, {
      select: { id: true, number: true },
      where: { eventId },
      order: { number: 'DESC' },
    });
  }
}
