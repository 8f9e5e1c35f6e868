import {
  ConflictException,
  HttpException,
  HttpStatus,
  NotFoundException,
  PreconditionFailedException,
} from '@nestjs/common';

/** One clash with an existing session, as returned in a 409 body (which adds its `code`). */
export interface ConflictItem {
  kind: 'room' | 'speaker';
  sessionId: string;
  title: string;
  overlapStart: string;
  overlapEnd: string;
  roomId?: string;
  speakerId?: string;
}

/** The one error body: `{statusCode, error, message: string[]}` plus optional detail. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string[];
  [extra: string]: unknown;
}

export function errorBody(
  statusCode: number,
  message: string | string[],
  extra: Record<string, unknown> = {},
): ErrorBody {
  return {
    statusCode,
    error: httpErrorName(statusCode),
    message: Array.isArray(message) ? message : [message],
    ...extra,
  };
}

export function httpErrorName(statusCode: number): string {
  const name = HttpStatus[statusCode];
  if (!name) return statusCode >= 500 ? 'Internal Server Error' : 'Error';
  if (statusCode === 413) return 'Payload Too Large';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** The stable reason of each kind of hard conflict, for clients that branch on it. */
export const CONFLICT_CODES = { room: 'room_double_booked', speaker: 'speaker_double_booked' } as const;

export function withConflictCode<T extends ConflictItem>(item: T): T & { code: string } {
  return { code: CONFLICT_CODES[item.kind], ...item };
}

/** A 409 with its stable `code` (see ConflictResponseDto for the list). */
export function conflict(code: string, message: string | string[], extra: Record<string, unknown> = {}) {
  return new ConflictException(errorBody(409, message, { code, ...extra }));
}

export class ScheduleConflictException extends ConflictException {
  constructor(conflicts: ConflictItem[]) {
    const message = conflicts.map((c) =>
      c.kind === 'room'
        ? `room is already booked by "${c.title}" from ${c.overlapStart} to ${c.overlapEnd}`
        : `speaker ${c.speakerId} is already in "${c.title}" from ${c.overlapStart} to ${c.overlapEnd}`,
    );
    super(errorBody(409, message, { code: 'schedule_conflict', conflicts: conflicts.map(withConflictCode) }));
  }
}

export class InUseException extends ConflictException {
  constructor(what: string, sessions: { id: string; title: string }[]) {
    super(
      errorBody(409, [`${what} is used by ${sessions.length} session(s); pass ?detach=true to detach them`], {
        code: 'in_use',
        sessions: sessions.map(({ id, title }) => ({ id, title })),
      }),
    );
  }
}

export class StaleVersionException extends PreconditionFailedException {
  constructor(entity: string, expected: number, actual: number) {
    super(
      errorBody(412, [`${entity} was changed by someone else: you sent version ${expected}, current is ${actual}`], {
        code: 'stale_version',
        currentVersion: actual,
      }),
    );
  }
}

export function isHttpException(error: unknown): error is HttpException {
  return error instanceof HttpException;
}

export function notFound(label: string, id: string): NotFoundException {
  return new NotFoundException(errorBody(404, `${label} ${id} not found in this event`));
}
