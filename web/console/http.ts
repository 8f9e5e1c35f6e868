import { signal } from '@preact/signals';

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

export type Outcome<T> = { ok: true; data: T; response: Response } | { ok: false; problem: Problem };

/** Bumped when the server answers 401 to a signed-in request: the session ended (idle or revoked). */
export const sessionLost = signal(0);
/**
 * Bumped on 403 and 404: the API hides drafts from strangers, so a request whose session just
 * ended can look like "not found"; the console then asks /api/auth/me who it is.
 */
export const sessionInDoubt = signal(0);

interface FetchAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Turns an openapi-fetch answer into an outcome; a network failure becomes status 0. */
export async function settle<T>(
  pending: Promise<FetchAnswer>,
  options: { authCall?: boolean } = {},
): Promise<Outcome<T>> {
  let answer: FetchAnswer;
  try {
    answer = await pending;
  } catch (error) {
    return { ok: false, problem: problemOf(0, { message: [String(error)] }) };
  }
  const { response } = answer;
  if (response.ok) return { ok: true, data: answer.data as T, response };
  if (response.status === 401 && !options.authCall) sessionLost.value++;
  if ((response.status === 403 || response.status === 404) && !options.authCall) sessionInDoubt.value++;
  return { ok: false, problem: problemOf(response.status, answer.error) };
}

export function problemOf(status: number, body: unknown): Problem {
  const raw = (body ?? {}) as { message?: unknown; conflicts?: unknown };
  const messages = Array.isArray(raw.message)
    ? raw.message.map(String)
    : raw.message
      ? [String(raw.message)]
      : [`HTTP ${status}`];
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  if (status === 400) {
    for (const message of messages) {
      const field = /^([A-Za-z][\w.]*)\s/.exec(message)?.[1];
      if (field) (byField[field.split('.')[0]] ??= []).push(message);
      else general.push(message);
    }
  } else general.push(...messages);
  const clashes = Array.isArray(raw.conflicts) ? (raw.conflicts as Clash[]) : [];
  return { status, messages, byField, general, clashes };
}

/** `If-Match` for a write of a record read at `version`: a stale one is answered 412. */
export const ifMatch = (version: number | undefined) => (version === undefined ? {} : { 'If-Match': `"${version}"` });
