/**
 * The one error body, as documented in the OpenAPI document. Every 4xx and 5xx answer has
 * this shape; some statuses add fields (409 `conflicts`, 412 `currentVersion`, 429 `retryAfter`).
 */
export class ErrorResponseDto {
  /** The HTTP status, repeated. */
  statusCode: number;
  /** The status's reason phrase, e.g. "Bad Request". */
  error: string;
  /** One message per problem; a 400 names each bad field or parameter. */
  message: string[];
  /** Stable machine-readable reason (always present on 409 and 412), e.g. `slug_taken`. */
  code?: string;
}

/** One clash with an existing session (a hard conflict). */
export class ConflictItemDto {
  /** Stable reason: `room_double_booked` or `speaker_double_booked`. */
  code: 'room_double_booked' | 'speaker_double_booked';
  kind: 'room' | 'speaker';
  /** The other session. */
  sessionId: string;
  title: string;
  /** Start of the overlap, in the event's offset. */
  overlapStart: string;
  overlapEnd: string;
  roomId?: string;
  speakerId?: string;
}

/** A record another one still uses. */
export class UsedByDto {
  id: string;
  title: string;
}

/**
 * 409: the write would break an invariant or clashes with the current state. `code` says which:
 * `schedule_conflict` (with `conflicts`), `in_use` (with `sessions`; retry with `?detach=true`),
 * `slug_taken`, `email_taken`, `duplicate`, `last_owner`, `outside_event_days`,
 * `delivery_in_progress`, `proposal_applied`, `proposal_stale`, `proposal_invalid`.
 */
export class ConflictResponseDto extends ErrorResponseDto {
  declare code: string;
  /** Each hard conflict (code `schedule_conflict`). */
  conflicts?: ConflictItemDto[];
  /** Sessions that use the record (code `in_use`). */
  sessions?: UsedByDto[];
  /** Program version the stale proposal was computed from (code `proposal_stale`). */
  proposalVersion?: number;
  /** The program's current version (code `proposal_stale`). */
  programVersion?: number;
}

/** 412: the record changed since the client read it; read it again (its `version` is here) and retry. */
export class PreconditionFailedResponseDto extends ErrorResponseDto {
  /** `stale_version`. */
  declare code: string;
  /** The record's current version: send it as `If-Match: "<currentVersion>"` after re-reading. */
  currentVersion: number;
}

/** 429: too many attempts; also sent as the `Retry-After` header. */
export class TooManyRequestsResponseDto extends ErrorResponseDto {
  /** Seconds to wait. */
  retryAfter: number;
}
