import { signal } from '@preact/signals';
import { type Problem, problemOf } from './problems';

export type { Clash, Problem } from './problems';

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

/** `If-Match` for a write of a record read at `version`: a stale one is answered 412. */
export const ifMatch = (version: number | undefined) => (version === undefined ? {} : { 'If-Match': `"${version}"` });
