import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { AgendaEntity } from '../agendas/agenda.entity';
import { errorBody } from '../common/errors';
import { ParseWorkers } from '../common/workers/parse-workers.service';
import { isUploadedBody } from '../common/http/streamed-body';
import { insertRows } from '../database/insert-rows';
import { UnitOfWork } from '../database/unit-of-work';
import { EventEntity } from '../events/event.entity';
import { EventMemberEntity } from '../members/event-member.entity';
import { mapEvent } from '../events/event.mapper';
import { EventsService } from '../events/events.service';
import { PresentationEntity } from '../presentations/presentation.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SessionWriter } from '../sessions/session-writer';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { BackupDocument } from './backup-document';
import { EventRecords, toBackupDocument } from './backup-export.mapper';
import { hardConflicts, programProblems } from './backup-invariants';
import { RestoreRows, slugCandidate, toRestoreRows } from './backup-restore.mapper';
import { backupDocumentProblems } from './backup-validator';
import { RestoreResultDto, SkippedAgendaDto } from './dto/restore-result.dto';
import { Clock } from '../common/clock/clock';
import { AuditTrail } from '../audit/audit-trail.service';

@Injectable()
export class BackupService {
  private readonly logger = new Logger('Backup');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly events: EventsService,
    private readonly sessions: SessionWriter,
    private readonly clock: Clock,
    private readonly workers: ParseWorkers,
    private readonly audit: AuditTrail,
  ) {}

  async export(eventId: string): Promise<{ filename: string; document: BackupDocument }> {
    const records = await this.unitOfWork.read((manager) => this.readEvent(manager, eventId));
    return { filename: `${records.event.slug}-backup.json`, document: toBackupDocument(records, this.clock.now()) };
  }

  /** A new event from a backup document, in one transaction; a document with any problem writes nothing. */
  async restore(body: unknown, ownerId?: string): Promise<RestoreResultDto> {
    const doc = await this.read(body);
    const result = await this.unitOfWork.transaction(async (manager) => {
      const rows = toRestoreRows(doc, randomUUID, await freeSlug(manager, doc.event.slug), this.clock.now());
      const skippedAgendas = await this.skipTakenTokens(manager, doc, rows);
      await insertAll(manager, this.sessions, rows);
      if (ownerId) await manager.insert(EventMemberEntity, { eventId: rows.event.id, userId: ownerId, role: 'owner' });
      const restored = {
        event: mapEvent(rows.event),
        counts: {
          tracks: rows.tracks.length,
          rooms: rows.rooms.length,
          slots: rows.slots.length,
          speakers: rows.speakers.length,
          sessions: rows.sessions.length,
          presentations: rows.presentations.length,
          agendas: rows.agendas.length,
        },
        conflicts: hardConflicts(rows.placed, rows.event.timezone),
        skippedAgendas,
      };
      const { id: eventId } = rows.event;
      await this.audit.record(manager, { eventId, entityId: eventId, after: { counts: restored.counts } });
      return restored;
    });
    this.logger.log(
      `restored "${result.event.name}" as ${result.event.id} (${result.event.slug}): ${result.counts.sessions} sessions, ` +
        `${result.conflicts.length} conflicts, ${result.skippedAgendas.length} agendas skipped`,
    );
    return result;
  }

  /**
   * The document from the request's bytes, parsed and checked in full on a worker thread (a
   * 25 MB backup would otherwise hold the event loop); an already parsed one is checked here.
   */
  private async read(body: unknown): Promise<BackupDocument> {
    if (isUploadedBody(body)) {
      const parsed = await this.workers.run('backupDocument', body);
      if (!parsed.ok) throw new BadRequestException(errorBody(400, parsed.problems));
      return parsed.value;
    }
    const problems = backupDocumentProblems(body);
    if (problems.length === 0) problems.push(...programProblems(body as BackupDocument));
    if (problems.length) throw new BadRequestException(errorBody(400, problems));
    return body as BackupDocument;
  }

  /** Two agendas cannot answer to one token: one whose hash is already in use is left out and reported. */
  private async skipTakenTokens(
    manager: EntityManager,
    doc: BackupDocument,
    rows: RestoreRows,
  ): Promise<SkippedAgendaDto[]> {
    const hashes = rows.agendas.map((agenda) => agenda.tokenHash);
    const taken = new Set<string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const found = await manager.find(AgendaEntity, {
        select: { tokenHash: true },
        where: { tokenHash: In(hashes.slice(i, i + 500)) },
      });
      found.forEach((agenda) => taken.add(agenda.tokenHash));
    }
    const skipped = doc.agendas.flatMap((agenda, index) =>
      taken.has(agenda.tokenHash)
        ? [
            {
              path: `agendas[${index}]`,
              id: agenda.id,
              reason:
                'an agenda with the same token already exists (the original event still holds it); delete that one and restore again to keep it',
            },
          ]
        : [],
    );
    rows.agendas = rows.agendas.filter((agenda) => !taken.has(agenda.tokenHash));
    return skipped;
  }

  private async readEvent(manager: EntityManager, eventId: string): Promise<EventRecords> {
    const event = await this.events.findOrFail(eventId, manager);
    const where = { eventId };
    // One query after the other: inside a transaction they share one connection.
    const tracks = await manager.find(TrackEntity, { where });
    const rooms = await manager.find(RoomEntity, { where });
    const slots = await manager.find(SlotEntity, { where });
    const speakers = await manager.find(SpeakerEntity, { where });
    const sessions = await manager.find(SessionEntity, { where, relations: { speakers: true } });
    const presentations = await manager
      .createQueryBuilder(PresentationEntity, 'p')
      .innerJoin('p.session', 's')
      .where('s.event_id = :eventId', { eventId })
      .getMany();
    const agendas = await manager.find(AgendaEntity, { where });
    return { event, tracks, rooms, slots, speakers, sessions, presentations, agendas };
  }
}

async function freeSlug(manager: EntityManager, wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(wanted, n);
    if (!(await manager.existsBy(EventEntity, { slug: candidate }))) return candidate;
  }
}

/** Parents before children, so foreign keys hold at every insert. */
async function insertAll(manager: EntityManager, sessions: SessionWriter, rows: RestoreRows): Promise<void> {
  await manager.insert(EventEntity, rows.event);
  const tables: [EntityTarget<ObjectLiteral>, ObjectLiteral[]][] = [
    [TrackEntity, rows.tracks],
    [RoomEntity, rows.rooms],
    [SlotEntity, rows.slots],
    [SpeakerEntity, rows.speakers],
  ];
  for (const [target, items] of tables) await insertRows(manager, target, items);
  await sessions.insertMany(manager, rows.sessions, rows.sessionSpeakers);
  await insertRows(manager, PresentationEntity, rows.presentations);
  await insertRows(manager, AgendaEntity, rows.agendas);
}
