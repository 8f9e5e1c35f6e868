import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ClashNames } from './components/problem';
import type { Problem } from './http';
import { listRooms, listSessions, listSlots, listSpeakers, listTracks } from './lists';
import type { EventItem, Room, Session, Slot, Speaker, Track } from './types';

export interface Program {
  tracks: Track[];
  rooms: Room[];
  slots: Slot[];
  speakers: Speaker[];
  sessions: Session[];
}

const EMPTY: Program = { tracks: [], rooms: [], slots: [], speakers: [], sessions: [] };

/** The working copy's pieces a screen needs (names for pickers, clashes in words), reloaded after each write. */
export function useProgram(eventId: string, parts: (keyof Program)[]) {
  const [program, setProgram] = useState<Program>(EMPTY);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loaded, setLoaded] = useState(false);
  const key = parts.join();
  const reload = useCallback(async () => {
    const loaders = {
      tracks: listTracks,
      rooms: listRooms,
      slots: listSlots,
      speakers: listSpeakers,
      sessions: listSessions,
    };
    const outcomes = await Promise.all(parts.map((part) => loaders[part](eventId)));
    const next: Program = { ...EMPTY };
    for (const [index, part] of parts.entries()) {
      const outcome = outcomes[index];
      if (!outcome.ok) return setProblem(outcome.problem);
      (next as unknown as Record<string, unknown>)[part] = outcome.data;
    }
    next.rooms = [...next.rooms].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    next.slots = [...next.slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    setProgram(next);
    setProblem(null);
    setLoaded(true);
  }, [eventId, key]);
  useEffect(() => void reload(), [reload]);
  return { program, problem, loaded, reload };
}

export function clashNames(event: EventItem, program: Program): ClashNames {
  return {
    zone: event.timezone,
    rooms: new Map(program.rooms.map((room) => [room.id, room.name])),
    speakers: new Map(program.speakers.map((speaker) => [speaker.id, speaker.name])),
  };
}
