import { hashAgendaToken, looksLikeAgendaToken } from '../../agendas/agenda-token';
import { calendarPaths } from '../../calendar/calendar-paths';

export const FEED_KINDS = ['event', 'track', 'room', 'speaker', 'session', 'personal'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** Which feed a request fetched. Personal feeds are known by their token's hash only until the flush resolves the event. */
export interface FeedRef {
  kind: FeedKind;
  /** Unknown (undefined) for personal feeds until resolved. */
  eventId?: string;
  /** Track, room, speaker or session id; '' for the whole-event and personal feeds. */
  feedId: string;
  /** SHA-256 of a personal feed's token, as agendas.token_hash stores it; kept in memory only. */
  agendaTokenHash?: string;
}

/** Fastify route patterns of the feeds (from the same path builders the calendar uses) to their kind. */
const ROUTES = new Map<string, FeedKind>([
  [calendarPaths.event(':eventId'), 'event'],
  [calendarPaths.track(':eventId', ':id'), 'track'],
  [calendarPaths.room(':eventId', ':id'), 'room'],
  [calendarPaths.speaker(':eventId', ':id'), 'speaker'],
  [calendarPaths.session(':eventId', ':id'), 'session'],
  [calendarPaths.agenda(':token'), 'personal'],
]);

/** The feed behind a matched route, or undefined for any other route. */
export function feedOfRoute(routeUrl: string | undefined, params: unknown): FeedRef | undefined {
  const kind = routeUrl === undefined ? undefined : ROUTES.get(routeUrl);
  if (!kind) return undefined;
  const p = (params ?? {}) as Record<string, string | undefined>;
  if (kind === 'personal') {
    return p.token && looksLikeAgendaToken(p.token)
      ? { kind, feedId: '', agendaTokenHash: hashAgendaToken(p.token) }
      : undefined;
  }
  if (!p.eventId) return undefined;
  return { kind, eventId: p.eventId.toLowerCase(), feedId: kind === 'event' ? '' : (p.id ?? '').toLowerCase() };
}
