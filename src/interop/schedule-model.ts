/** A schedule read from a frab/c3voc/pretalx file, independent of the file's format. */
export interface ImportedSchedule {
  title: string;
  acronym: string;
  version?: string;
  timezone?: string;
  startDate?: string;
  endDate?: string;
  baseUrl?: string;
  tracks: { name: string; color?: string }[];
  rooms: { name: string; guid?: string }[];
  events: ImportedEvent[];
}

export interface ImportedEvent {
  guid: string;
  numericId?: number;
  title: string;
  subtitle?: string;
  type: string;
  language?: string;
  abstract?: string;
  description?: string;
  url?: string;
  links: { href: string; title?: string }[];
  track?: string;
  room: string;
  /** epoch milliseconds */
  start: number;
  durationMinutes: number;
  persons: ImportedPerson[];
}

export interface ImportedPerson {
  /** How the file identifies the person: `id:5735`, `guid:…|id:5735`, `code:ABC123` or `name:anna` (see person-identity). */
  key: string;
  name: string;
}

/** A problem in an uploaded file, located as precisely as the format allows. */
export class ScheduleFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}
