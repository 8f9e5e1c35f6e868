/** The server's refusals (one error body for all), sorted for the console's forms. Pure. */
/** One clash of a 409 answer: the other session, by title, and when the two overlap. */
export interface Clash {
  kind: 'room' | 'speaker';
  sessionId: string;
  title: string;
  overlapStart: string;
  overlapEnd: string;
  roomId?: string;
  speakerId?: string;
}

/** What went wrong, in the server's words, sorted for the form: messages by field, clashes, staleness. */
export interface Problem {
  status: number;
  messages: string[];
  /** 400 messages by the field they name (`title should not be empty` → `title`). */
  byField: Record<string, string[]>;
  /** Messages that name no field of the form. */
  general: string[];
  clashes: Clash[];
}

export function problemOf(status: number, body: unknown): Problem {
  const raw = (body ?? {}) as { message?: unknown; conflicts?: unknown };
  const messages = Array.isArray(raw.message)
    ? raw.message.map(String)
    : typeof raw.message === 'string'
      ? [raw.message]
      : [`HTTP ${status}`];
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  if (status === 400) {
    for (const message of messages) {
      // class-validator starts each message with the property path: "speakers.0.speakerId must be a UUID"
      const field = /^([a-z][\w.]*)\s/.exec(message)?.[1];
      if (field) (byField[field.split('.')[0]] ??= []).push(message);
      else general.push(message);
    }
  } else general.push(...messages);
  const clashes = Array.isArray(raw.conflicts) ? (raw.conflicts as Clash[]) : [];
  return { status, messages, byField, general, clashes };
}
