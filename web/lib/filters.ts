import { normalizeText, TimedSession } from './program-index';

export interface Filters {
  track?: string;
  room?: string;
  type?: string;
  text?: string;
}

export function isFiltering(filters: Filters): boolean {
  return Boolean(filters.track || filters.room || filters.type || filters.text?.trim());
}

/** Every word of the text must occur somewhere in the session (title, abstract, people, papers, room, track). */
export function filterSessions(
  sessions: TimedSession[],
  filters: Filters,
  searchText: (session: TimedSession) => string,
): TimedSession[] {
  if (!isFiltering(filters)) return sessions;
  const words = normalizeText(filters.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return sessions.filter(
    (session) =>
      (!filters.track || session.trackId === filters.track) &&
      (!filters.room || session.roomId === filters.room) &&
      (!filters.type || session.type === filters.type) &&
      (!words.length || words.every((word) => searchText(session).includes(word))),
  );
}
