import type { Session, SpeakerLink } from './types';
import { addMinutes, instantAt, minutesBetween, wallOf } from './zoned';

/** The session form as typed (wall times in the event's zone), and the API body made from it. Pure. */
export interface SessionDraft {
  title: string;
  type: string;
  status: string;
  trackId: string;
  roomId: string;
  date: string;
  start: string;
  timing: 'end' | 'duration';
  end: string;
  duration: string;
  abstract: string;
  language: string;
  pinned: boolean;
  speakers: SpeakerLink[];
}

export const emptySessionDraft = (firstDay: string): SessionDraft => ({
  title: '',
  type: 'talk',
  status: 'confirmed',
  trackId: '',
  roomId: '',
  date: firstDay,
  start: '',
  timing: 'duration',
  end: '',
  duration: '30',
  abstract: '',
  language: '',
  pinned: false,
  speakers: [],
});

export function sessionToDraft(session: Session, firstDay: string): SessionDraft {
  const start = session.startsAt ? wallOf(session.startsAt) : undefined;
  const end = session.endsAt ? wallOf(session.endsAt) : undefined;
  return {
    title: session.title,
    type: session.type,
    status: session.status,
    trackId: session.trackId ?? '',
    roomId: session.roomId ?? '',
    date: start?.date ?? firstDay,
    start: start?.time ?? '',
    timing: 'end',
    end: end?.time ?? '',
    duration: String(session.durationMinutes ?? (start && end ? minutesBetween(start.time, end.time) : 30)),
    abstract: session.abstract ?? '',
    language: session.language ?? '',
    pinned: !!session.pinned,
    speakers: session.speakers.map(({ speakerId, role }) => ({ speakerId, role })),
  };
}

export function sessionBody(draft: SessionDraft, zone: string): object {
  const scheduled = draft.start !== '';
  const minutes = draft.timing === 'duration' ? Number(draft.duration) : undefined;
  const endTime = draft.timing === 'end' ? draft.end : scheduled && minutes ? addMinutes(draft.start, minutes) : '';
  return {
    title: draft.title,
    type: draft.type,
    status: draft.status,
    trackId: draft.trackId || null,
    roomId: draft.roomId || null,
    startsAt: scheduled ? instantAt(draft.date, draft.start, zone) : null,
    endsAt: scheduled && endTime ? instantAt(draft.date, endTime, zone) : null,
    ...(minutes ? { durationMinutes: minutes } : {}),
    abstract: draft.abstract || null,
    language: draft.language || null,
    pinned: draft.pinned,
    speakers: draft.speakers.filter((link) => link.speakerId),
  };
}
