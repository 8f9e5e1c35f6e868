/** The shapes the editor reads (see the public contract in the OpenAPI document). */
export interface EditorEvent {
  id: string;
  name: string;
  timezone: string;
  startDate: string;
  endDate: string;
  status: string;
  version: number;
}
export interface Room {
  id: string;
  name: string;
  capacity?: number | null;
}
export interface Track {
  id: string;
  name: string;
  color?: string | null;
}
export interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: 'parallel' | 'plenary' | 'break';
  label?: string | null;
}
export interface Speaker {
  id: string;
  name: string;
  availability?: { startsAt: string; endsAt: string }[] | null;
}
export interface SessionItem {
  id: string;
  title: string;
  type: string;
  status: string;
  trackId?: string | null;
  roomId?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  durationMinutes?: number | null;
  expectedAttendance?: number | null;
  pinned?: boolean;
  speakers: { speakerId: string; role: string; name?: string }[];
  presentations?: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    authors: { speakerId?: string; presenting?: boolean }[];
  }[];
  version: number;
  warnings?: { kind: string; message: string }[];
}
export interface Conflict {
  kind: string;
  hard: boolean;
  severity: string;
  message: string;
  sessions: { id: string; title: string }[];
}
export interface Placement {
  sessionId: string;
  roomId: string;
  roomName?: string;
  startsAt: string;
  endsAt: string;
  reasons?: string[];
  moves?: boolean;
}
export interface Proposal {
  id: string;
  status: string;
  placements: Placement[];
  score: Record<string, number>;
}
/** Where a session is: a room and times, or the backlog (all null). */
export interface Where {
  roomId: string | null;
  start: number | null;
  end: number | null;
}
