/**
 * The shapes the console reads, as DESIGN.md fixes them. The served OpenAPI document does not
 * describe response bodies yet (the API-contract work adds them); once it does, these become
 * aliases of `Schemas[...]` from ../lib/api-client.
 */
export interface Me {
  user: { id: string; email: string; name: string; isAdmin: boolean };
  session?: LoginSession;
  authenticatedBy: 'session' | 'token';
}
export interface LoginSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  current: boolean;
}
export interface EventItem {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  startDate: string;
  endDate: string;
  venue?: string;
  description?: string;
  status: 'draft' | 'published';
  version: number;
  days: string[];
}
export interface Track {
  id: string;
  name: string;
  color?: string | null;
  description?: string | null;
  version: number;
}
export interface Room {
  id: string;
  name: string;
  capacity?: number | null;
  position: number;
  version: number;
}
export type SlotKind = 'parallel' | 'plenary' | 'break';
export interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: SlotKind;
  label?: string | null;
  version: number;
}
export interface Window {
  startsAt: string;
  endsAt: string;
}
export interface Speaker {
  id: string;
  name: string;
  affiliation?: string | null;
  bio?: string | null;
  email?: string | null;
  availability?: Window[] | null;
  version: number;
}
export type SpeakerRole = 'speaker' | 'moderator' | 'chair' | 'author';
export interface Presentation {
  id: string;
  title: string;
  authors: { speakerId?: string; name: string }[];
  startsAt: string;
  endsAt: string;
  abstract?: string | null;
  version?: number;
}
export interface Warning {
  kind: string;
  message?: string;
  [detail: string]: unknown;
}
export interface Session {
  id: string;
  title: string;
  abstract?: string | null;
  type: string;
  status: string;
  trackId?: string | null;
  roomId?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  durationMinutes?: number | null;
  language?: string | null;
  pinned?: boolean;
  speakers: { speakerId: string; role: SpeakerRole; name?: string }[];
  presentations: Presentation[];
  warnings?: Warning[];
  version: number;
}
export interface SessionRef {
  id: string;
  title: string;
}
interface Placement {
  startsAt?: string;
  endsAt?: string;
  room?: string;
}
interface Change<T> {
  before: T;
  after: T;
}
export interface Changelog {
  added: (SessionRef & Placement)[];
  removed: (SessionRef & Placement)[];
  cancelled: SessionRef[];
  moved: (SessionRef & Change<Placement>)[];
  retimed: (SessionRef & Change<Placement>)[];
  renamed: (SessionRef & Change<string>)[];
  speakersChanged: (SessionRef & Change<string[]>)[];
  otherChanges: (SessionRef & { fields: string[] })[];
}
export interface VersionSummary {
  number: number;
  name?: string | null;
  publishedAt: string;
  changeCount?: number;
  sessionCount?: number;
}
/** One person of a session as the form holds them. */
export interface SpeakerLink {
  speakerId: string;
  role: SpeakerRole;
}
