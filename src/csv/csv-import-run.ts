import { ConflictException, HttpException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { flattenValidationErrors, VALIDATOR_OPTIONS } from '../common/pipes/validation.pipe';
import { EventEntity } from '../events/event.entity';
import { SoftConflict } from '../scheduling/soft-conflicts';
import { CreateSessionDto } from '../sessions/dto/create-session.dto';
import { UpdateSessionDto } from '../sessions/dto/update-session.dto';
import { SessionEntity } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { CsvRow } from './csv-columns';
import { NamedKind, NameProblem, ProgramNames } from './csv-program-names';
import { isUnchanged } from './csv-row-diff';
import { readSessionRow, SessionRowInput } from './csv-session-row';
import { CsvImportWarningDto } from './dto/csv-import-result.dto';

interface SessionWrite {
  rowNumber: number;
  id: string | null;
  dto: CreateSessionDto | UpdateSessionDto;
  version?: number;
}

export interface CsvImportOutcome {
  counts: { created: number; updated: number; unchanged: number };
  warnings: CsvImportWarningDto[];
  /** "row 3: endsAt must be after startsAt", in row order; any error fails the whole import. */
  errors: string[];
}

class RowProblems extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('; '));
  }
}

/**
 * Applies the rows of one import inside the caller's transaction, each through the normal session
 * rules. Every row is tried so that all failing rows are reported; each write runs in a savepoint,
 * so a failed row leaves nothing behind for the rows after it.
 */
export class CsvImportRun {
  private readonly counts = { created: 0, updated: 0, unchanged: 0 };
  private readonly warnings: CsvImportWarningDto[] = [];
  private readonly errors: { row: number; message: string }[] = [];
  private readonly firstRowOfId = new Map<string, number>();

  constructor(
    private readonly manager: EntityManager,
    private readonly event: EventEntity,
    private readonly sessions: SessionsService,
    private readonly names: ProgramNames,
    private readonly live: Map<string, SessionEntity>,
  ) {}

  async apply(rows: CsvRow[]): Promise<CsvImportOutcome> {
    const writes: SessionWrite[] = [];
    for (const row of rows) {
      try {
        const write = await this.prepare(row);
        if (write) writes.push(write);
      } catch (error) {
        this.fail(row.rowNumber, error);
      }
    }
    await this.writeAll(writes);
    const errors = [...this.errors].sort((a, b) => a.row - b.row).map(({ row, message }) => `row ${row}: ${message}`);
    return { counts: this.counts, warnings: this.warnings.sort((a, b) => a.row - b.row), errors };
  }

  /** The row as a validated DTO, or null when it would change nothing. */
  private async prepare({ rowNumber, record }: CsvRow): Promise<SessionWrite | null> {
    const id = record.id?.toLowerCase();
    const { input, problems, warnings } = readSessionRow(
      record,
      this.event.timezone,
      id ? this.live.get(id) : undefined,
    );
    if (problems.length) throw new RowProblems(problems);
    const stored = input.id ? this.live.get(input.id) : undefined;
    if (input.id) this.claimId(input.id, rowNumber, stored);
    warnings.forEach((message) => this.warnings.push({ row: rowNumber, kind: 'time', message }));
    const plain = { ...input.fields, ...(await this.references(rowNumber, input, stored)) };
    const dto: CreateSessionDto | UpdateSessionDto = stored
      ? plainToInstance(UpdateSessionDto, plain)
      : plainToInstance(CreateSessionDto, plain);
    const invalid = await validate(dto, VALIDATOR_OPTIONS);
    if (invalid.length) throw new RowProblems(flattenValidationErrors(invalid));
    if (stored && isUnchanged(plain, stored)) {
      this.counts.unchanged++;
      return null;
    }
    return { rowNumber, id: input.id, dto, version: input.version };
  }

  private claimId(id: string, rowNumber: number, stored: SessionEntity | undefined): void {
    if (!stored) throw new RowProblems([`id ${id} is not a session of this event`]);
    const first = this.firstRowOfId.get(id);
    if (first !== undefined) throw new RowProblems([`id ${id} is already used in row ${first}`]);
    this.firstRowOfId.set(id, rowNumber);
  }

  private async references(
    rowNumber: number,
    input: SessionRowInput,
    stored?: SessionEntity,
  ): Promise<Record<string, unknown>> {
    const resolve = async (kind: NamedKind, name: string, inUse: (string | null)[]) => {
      const { id, ambiguous } = await this.names.idFor(kind, name, inUse);
      if (ambiguous)
        this.warnings.push({
          row: rowNumber,
          kind: 'name',
          message: `several ${kind}s are named "${name}"; used ${id}`,
        });
      return id;
    };
    const refs: Record<string, unknown> = {};
    if (input.track !== undefined)
      refs.trackId = input.track && (await resolve('track', input.track, [stored?.trackId ?? null]));
    if (input.room !== undefined)
      refs.roomId = input.room && (await resolve('room', input.room, [stored?.roomId ?? null]));
    if (input.speakers) {
      const inUse = stored?.speakers.map((link) => link.speakerId) ?? [];
      const speakers = [];
      for (const { name, role } of input.speakers)
        speakers.push({ speakerId: await resolve('speaker', name, inUse), role });
      refs.speakers = speakers;
    }
    return refs;
  }

  /**
   * Rows are written in file order, but a row refused for a clash is tried again after the others,
   * so moving B into A's old place works even when B's row comes before A's.
   */
  private async writeAll(writes: SessionWrite[]): Promise<void> {
    let pending = writes;
    while (pending.length) {
      const clashing: { write: SessionWrite; error: unknown }[] = [];
      for (const write of pending) {
        try {
          const warnings = await this.manager.transaction((savepoint) => this.write(savepoint, write));
          this.counts[write.id ? 'updated' : 'created']++;
          warnings.forEach(({ kind, message }) => this.warnings.push({ row: write.rowNumber, kind, message }));
        } catch (error) {
          if (error instanceof ConflictException) clashing.push({ write, error });
          else this.fail(write.rowNumber, error);
        }
      }
      if (clashing.length === pending.length) clashing.forEach(({ write, error }) => this.fail(write.rowNumber, error));
      pending = clashing.length === pending.length ? [] : clashing.map(({ write }) => write);
    }
  }

  private async write(manager: EntityManager, write: SessionWrite): Promise<SoftConflict[]> {
    if (!write.id) return (await this.sessions.createWith(manager, this.event, write.dto as CreateSessionDto)).warnings;
    return this.sessions.updateWith(manager, this.event, write.id, write.dto, write.version);
  }

  /** Client mistakes become row errors; anything else is our bug and ends the import. */
  private fail(row: number, error: unknown): void {
    const messages =
      error instanceof RowProblems
        ? error.messages
        : error instanceof NameProblem
          ? [error.message]
          : error instanceof HttpException && error.getStatus() < 500
            ? messagesOf(error)
            : undefined;
    if (!messages) throw error;
    messages.forEach((message) => this.errors.push({ row, message }));
  }
}

function messagesOf(error: HttpException): string[] {
  const response = error.getResponse();
  if (typeof response === 'string') return [response];
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.map(String) : [typeof message === 'string' ? message : error.message];
}
