import { RestoreConflictDto } from '../../backup/dto/restore-result.dto';
import { EventResponseDto } from '../../events/dto/event-response.dto';

export class ImportCountsDto {
  sessions: number;
  rooms: number;
  tracks: number;
  speakers: number;
}

export class ImportChangesDto {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** What an import did: 201 when it created the event, 200 when it updated one. */
export class ImportResultDto {
  event: EventResponseDto;
  counts: ImportCountsDto;
  /** Sessions added, updated, unchanged and removed by this import. */
  changes: ImportChangesDto;
  /** Room and speaker double bookings in the imported program (kept as imported). */
  conflicts: RestoreConflictDto[];
  /** true when the import created the event. */
  created: boolean;
}
