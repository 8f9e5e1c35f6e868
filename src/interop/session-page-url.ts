/** The public page of a session: the event's agenda page, opened on that session. */
export function sessionPageUrl(publicBaseUrl: string, eventSlug: string, sessionId: string): string {
  return `${publicBaseUrl}/e/${encodeURIComponent(eventSlug)}#s=${sessionId}`;
}

/**
 * URLs this instance gives a session of its own (the page, and the API address older exports
 * wrote): an import that reads one back has found no external link of the session's.
 */
export function ownSessionUrls(
  publicBaseUrl: string,
  event: { id: string; slug: string },
  sessionId: string,
): string[] {
  return [
    sessionPageUrl(publicBaseUrl, event.slug, sessionId),
    `${publicBaseUrl}/api/events/${event.id}/sessions/${sessionId}`,
  ];
}
