/** Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html). */

export function sseEvent(id: number | null, event: string, data: unknown): string {
  // JSON never holds a raw newline, so one data line is enough
  return `${id === null ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps proxies and the browser from closing an idle stream. */
export const sseComment = (text: string) => `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;

/** The id a reconnecting client resumes after: `Last-Event-ID`, or `lastEventId` in the query. */
export function resumeId(header: unknown, query: unknown): number | null {
  const raw = typeof header === 'string' && header !== '' ? header : typeof query === 'string' ? query : '';
  return /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}
