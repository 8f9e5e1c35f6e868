/** A schedule read from a frab/c3voc/pretalx file, independent of the file's format. */
export interface ImportedSchedule {
  title: string;
  acronym: string;
  version?: string;
  timezone?: string;
  startDate?: string;
  endDate?: string;
  baseUrl?: string;
  venue?: string;
  city?: string;
  /** Local `HH:MM` at which a conference day ends, from `day_change` or the first day's start. */
  dayChange?: string;
  timeslotMinutes?: number;
  tracks: { name: string; color?: string }[];
  rooms: { name: string; guid?: string }[];
  events: ImportedEvent[];
  /** Break and plenary blocks of the grid (Sessionize service and plenum sessions). */
  slots?: ImportedSlot[];
}

export interface ImportedSlot {
  /** epoch milliseconds */
  start: number;
  end: number;
  kind: 'break' | 'plenary';
  label?: string;
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
  /**
   * Details beyond our model. `undefined` means the file does not say (its format has no place
   * for it): a re-import then keeps what the session has, so a round trip through a format
   * that cannot carry a field does not erase it.
   */
  slug?: string;
  feedbackUrl?: string | null;
  logo?: string | null;
  attachments?: ImportedAttachment[];
  doNotRecord?: boolean;
  /** Papers or posters inside the session (Indico contributions), in order. */
  presentations?: ImportedPresentation[];
}

export interface ImportedPresentation {
  title: string;
  /** epoch milliseconds */
  start: number;
  end: number;
  abstract?: string;
  /** poster board number or programme code */
  board?: string;
  authors: ImportedPerson[];
}

export interface ImportedAttachment {
  href: string;
  title?: string;
  type?: string;
}

export interface ImportedPerson {
  /** How the file identifies the person: `id:5735`, `guid:…|id:5735`, `code:ABC123` or `name:anna` (see person-identity). */
  key: string;
  name: string;
  /** Public profile fields (pretalx persons); undefined when the file has no place for them. */
  biography?: string | null;
  avatar?: string | null;
  /** How the person takes part in the session; `speaker` when not said. */
  role?: 'speaker' | 'chair' | 'moderator';
}

/** A problem in an uploaded file, located as precisely as the format allows. */
export class ScheduleFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}
