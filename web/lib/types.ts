/** The public API's shapes, as far as the page reads them (docs/design.md "Shapes clients rely on"). */

export interface EventInfo {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  startDate: string;
  endDate: string;
  venue?: string;
  description?: string;
  days: string[];
}

export interface Room {
  id: string;
  name: string;
  capacity?: number;
  position: number;
}

export interface Track {
  id: string;
  name: string;
  color?: string;
  description?: string;
}

export type SlotKind = 'parallel' | 'plenary' | 'break';

export interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: SlotKind;
  label?: string;
}

export interface Speaker {
  id: string;
  name: string;
  affiliation?: string;
  bio?: string;
}

export type SpeakerRole = 'speaker' | 'moderator' | 'chair' | 'author';

export interface Presentation {
  id: string;
  title: string;
  authors: { speakerId?: string; name: string }[];
  startsAt: string;
  endsAt: string;
  abstract?: string;
}

export interface Session {
  id: string;
  title: string;
  subtitle?: string;
  abstract?: string;
  description?: string;
  type: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  trackId?: string;
  roomId?: string;
  slotId?: string;
  startsAt?: string;
  endsAt?: string;
  language?: string;
  url?: string;
  speakers: { speakerId: string; role: SpeakerRole; name: string }[];
  presentations: Presentation[];
}

export interface SessionPage {
  items: Session[];
  total: number;
  page: number;
  limit: number;
}

export interface FeedLinks {
  feedUrl: string;
  webcalUrl: string;
}

export interface FeedDescription extends FeedLinks {
  id?: string;
  name: string;
}

export interface FeedDirectory {
  event: FeedDescription;
  tracks: FeedDescription[];
  rooms: FeedDescription[];
  speakers: FeedDescription[];
}

export interface Agenda extends FeedLinks {
  token: string;
  eventId: string;
  sessionIds: string[];
}

export interface Program {
  event: EventInfo;
  rooms: Room[];
  tracks: Track[];
  slots: Slot[];
  speakers: Speaker[];
  sessions: Session[];
}
