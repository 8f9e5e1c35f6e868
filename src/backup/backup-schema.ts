import { EVENT_STATUSES } from '../events/event.entity';
import { SESSION_STATUSES, SESSION_TYPES } from '../sessions/session.entity';
import { SPEAKER_ROLES } from '../sessions/session-speaker.entity';
import { SLOT_KINDS } from '../slots/slot.entity';
import {
  arrayOf,
  boolean,
  Check,
  email,
  httpUrl,
  instant,
  integer,
  localDate,
  matches,
  oneOf,
  optional,
  record,
  required,
  text,
  timeZone,
} from './backup-checks';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-document';

/** The shape of a backup document, field by field, with the same limits as the REST DTOs and the columns. */

const INT32 = 2_147_483_647;
/** Record ids only need to be unique keys inside the document: a restore replaces them all. */
const id = text(100, true);
const version = optional(integer(1, INT32));
const COLLECTION_MAX = 200_000;

export const formatFields = {
  format: required(oneOf([BACKUP_FORMAT])),
  formatVersion: required(oneOf([BACKUP_FORMAT_VERSION])),
};

const event = record({
  id: required(id),
  slug: required(
    matches(/^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/, 'lower-case letters, digits and dashes (at most 120)'),
  ),
  name: required(text(300, true)),
  timezone: required(timeZone),
  startDate: required(localDate),
  endDate: required(localDate),
  venue: optional(text(300)),
  description: optional(text(20_000)),
  status: optional(oneOf(EVENT_STATUSES)),
  version,
  programVersion: optional(integer(1, Number.MAX_SAFE_INTEGER)),
  createdAt: optional(instant),
  updatedAt: optional(instant),
});

const track = record({
  id: required(id),
  name: required(text(200, true)),
  color: optional(matches(/^#[0-9a-fA-F]{6}$/, 'a colour #RRGGBB')),
  description: optional(text(5000)),
  version,
});

const room = record({
  id: required(id),
  name: required(text(200, true)),
  capacity: optional(integer(0, 1_000_000)),
  position: optional(integer(0, 100_000)),
  externalId: optional(text(100)),
  version,
});

const slot = record({
  id: required(id),
  startsAt: required(instant),
  endsAt: required(instant),
  kind: required(oneOf(SLOT_KINDS)),
  label: optional(text(200)),
  version,
});

const window = record({ startsAt: required(instant), endsAt: required(instant) });

const speaker = record({
  id: required(id),
  name: required(text(200, true)),
  affiliation: optional(text(300)),
  bio: optional(text(20_000)),
  email: optional(email),
  availability: optional(arrayOf(window, 100)),
  externalId: optional(text(100)),
  version,
});

const sessionSpeaker = record({
  speakerId: required(id),
  role: optional(oneOf(SPEAKER_ROLES)),
  position: optional(integer(0, 1000)),
});

const session = record({
  id: required(id),
  numericId: optional(integer(1, INT32)),
  externalId: optional(text(100)),
  title: required(text(300, true)),
  subtitle: optional(text(300)),
  abstract: optional(text(50_000)),
  description: optional(text(100_000)),
  type: required(oneOf(SESSION_TYPES)),
  status: optional(oneOf(SESSION_STATUSES)),
  trackId: optional(id),
  roomId: optional(id),
  slotId: optional(id),
  startsAt: optional(instant),
  endsAt: optional(instant),
  durationMinutes: optional(integer(1, 10_080)),
  language: optional(matches(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/, 'a language tag such as en or pt-BR')),
  expectedAttendance: optional(integer(0, 1_000_000)),
  pinned: optional(boolean),
  url: optional(httpUrl),
  links: optional(arrayOf(record({ href: required(httpUrl), title: optional(text(300)) }), 50)),
  speakers: optional(arrayOf(sessionSpeaker, 50)),
  version,
  sequence: optional(integer(0, INT32)),
  createdAt: optional(instant),
  updatedAt: optional(instant),
  deletedAt: optional(instant),
});

const presentation = record({
  id: required(id),
  sessionId: required(id),
  title: required(text(300, true)),
  authors: optional(
    arrayOf(record({ speakerId: optional(id), name: required(text(200, true)), presenting: optional(boolean) }), 100),
  ),
  startsAt: required(instant),
  endsAt: required(instant),
  abstract: optional(text(50_000)),
  position: optional(integer(0, 1_000_000)),
  version,
});

const agenda = record({
  id: required(id),
  tokenHash: required(matches(/^[0-9a-f]{64}$/, 'a SHA-256 hash in lower-case hex (64 characters)')),
  sessionIds: required(arrayOf(id, 1000)),
  version,
  createdAt: optional(instant),
  updatedAt: optional(instant),
});

const collection = (item: Check) => required(arrayOf(item, COLLECTION_MAX));

/** Everything but format and version, which are checked first (a foreign document gets one clear answer). */
export const backupDocumentShape = record({
  exportedAt: optional(instant),
  event: required(event),
  tracks: collection(track),
  rooms: collection(room),
  slots: collection(slot),
  speakers: collection(speaker),
  sessions: collection(session),
  presentations: collection(presentation),
  agendas: collection(agenda),
});
