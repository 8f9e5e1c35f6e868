import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { errorBody } from '../common/errors';
import { ParseWorkers } from '../common/workers/parse-workers.service';
import { isUploadedBody } from '../common/http/streamed-body';
import { UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import { RoomEntity } from '../rooms/room.entity';
import { ListSessionsQueryDto } from '../sessions/dto/list-sessions.query.dto';
import { filteredSessions } from '../sessions/session-query';
import { SessionEntity } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { TrackEntity } from '../tracks/track.entity';
import { CsvImportRun } from './csv-import-run';
import { ProgramNames } from './csv-program-names';
import { toCsvRecord } from './csv-session-row';
import { CsvTable, writeCsvTable } from './csv-table';
import { CsvImportResultDto } from './dto/csv-import-result.dto';
import { AuditTrail } from '../audit/audit-trail.service';

export interface CsvFile {
  filename: string;
  body: string;
}

/** Carries the report out of a transaction rolled back on purpose: a dry run, or an import that changes nothing. */
class Rollback extends Error {
  constructor(readonly result: CsvImportResultDto) {
    super('rollback');
  }
}

@Injectable()
export class CsvService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly sessions: SessionsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly workers: ParseWorkers,
    private readonly audit: AuditTrail,
  ) {}

  /** Live sessions in the session list's order (start time, backlog last). */
  async exportSessions(eventId: string): Promise<CsvFile> {
    const event = await this.events.findOrFail(eventId);
    const manager = this.dataSource.manager;
    const sessions = await liveSessions(manager, eventId, event.timezone);
    const trackNames = await namesById(manager, TrackEntity, eventId);
    const roomNames = await namesById(manager, RoomEntity, eventId);
    const records = sessions.map((session) =>
      toCsvRecord(
        {
          ...session,
          trackName: session.trackId ? (trackNames.get(session.trackId) ?? null) : null,
          roomName: session.roomId ? (roomNames.get(session.roomId) ?? null) : null,
          speakers: [...session.speakers]
            .sort((a, b) => a.position - b.position)
            .map((link) => ({ name: link.speaker.name, role: link.role })),
        },
        event.timezone,
      ),
    );
    return { filename: `${event.slug}-sessions.csv`, body: writeCsvTable(records) };
  }

  /** Decoded and parsed on a worker thread: a large file does not stall other requests. */
  private async readTable(body: unknown): Promise<CsvTable> {
    if (!isUploadedBody(body)) {
      throw new BadRequestException(errorBody(400, 'send the CSV file as the request body with Content-Type text/csv'));
    }
    const parsed = await this.workers.run('csvTable', body);
    if (!parsed.ok) throw new BadRequestException(errorBody(400, parsed.problems));
    return parsed.value;
  }

  /** All rows in one transaction: every row passes and is written, or nothing is. */
  async importSessions(eventId: string, body: unknown, dryRun: boolean): Promise<CsvImportResultDto> {
    await this.events.findOrFail(eventId);
    const table = await this.readTable(body);
    try {
      return await this.unitOfWork.writeForEvent(eventId, async (manager) => {
        const event = await this.events.findOrFail(eventId, manager);
        const live = new Map(
          (await liveSessions(manager, eventId, event.timezone)).map((session) => [session.id, session]),
        );
        const names = await ProgramNames.load(manager, eventId);
        const outcome = await new CsvImportRun(manager, event, this.sessions, names, live).apply(table.rows);
        if (outcome.errors.length) throw new BadRequestException(errorBody(400, outcome.errors));
        const result: CsvImportResultDto = {
          dryRun,
          ...outcome.counts,
          createdTracks: names.created.track,
          createdRooms: names.created.room,
          createdSpeakers: names.created.speaker,
          warnings: outcome.warnings,
        };
        // Nothing to write: rolling back also keeps the program version, so feed ETags stay valid.
        const changesNothing = result.created + result.updated + Object.values(names.created).flat().length === 0;
        if (dryRun || changesNothing) throw new Rollback(result);
        await this.audit.record(manager, { eventId, entityId: null, after: result });
        return result;
      });
    } catch (error) {
      if (error instanceof Rollback) return error.result;
      throw error;
    }
  }
}

function liveSessions(manager: EntityManager, eventId: string, timezone: string): Promise<SessionEntity[]> {
  return filteredSessions(manager, eventId, timezone, new ListSessionsQueryDto())
    .leftJoinAndSelect('s.speakers', 'link')
    .leftJoinAndSelect('link.speaker', 'speaker')
    .getMany();
}

async function namesById(
  manager: EntityManager,
  target: typeof TrackEntity | typeof RoomEntity,
  eventId: string,
): Promise<Map<string, string>> {
  const records: { id: string; name: string }[] = await manager.find(target, {
    where: { eventId },
    select: { id: true, name: true },
  });
  return new Map(records.map(({ id, name }) => [id, name]));
}
