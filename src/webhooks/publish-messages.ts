import type { Changelog, SessionRef } from '../versions/changelog';
import type { WebhookEventType } from './webhook-message';

export interface PublishedVersionRef {
  number: number;
  name?: string;
  publishedAt: string;
}

export interface PublishMessage {
  type: WebhookEventType;
  payload: object;
}

type PerSession = Record<string, unknown> & { session: SessionRef };

/**
 * The messages one publish produces: `schedule.published` with the whole changelog, then one
 * `session.cancelled` per session cancelled or removed, and one `session.changed` per session that
 * moved, was retimed, renamed, got other speakers or other field changes (all of its changes in one
 * message). Added sessions are only in `schedule.published`.
 */
export function publishMessages(version: PublishedVersionRef, changes: Changelog): PublishMessage[] {
  const ref = { number: version.number, ...(version.name && { name: version.name }), publishedAt: version.publishedAt };
  const messages: PublishMessage[] = [{ type: 'schedule.published', payload: { version: ref, changes } }];
  for (const { id, title } of changes.cancelled)
    messages.push({
      type: 'session.cancelled',
      payload: { version: ref, session: { id, title }, reason: 'cancelled' },
    });
  for (const { id, title, startsAt, room } of changes.removed) {
    messages.push({
      type: 'session.cancelled',
      payload: { version: ref, session: { id, title, startsAt, room }, reason: 'removed' },
    });
  }
  const changed = new Map<string, PerSession>();
  const entry = (session: SessionRef) =>
    changed.get(session.id) ??
    changed.set(session.id, { session: { id: session.id, title: session.title } }).get(session.id)!;
  for (const { before, after, ...session } of changes.moved) entry(session).moved = { before, after };
  for (const { before, after, ...session } of changes.retimed) entry(session).retimed = { before, after };
  for (const { before, after, ...session } of changes.renamed) entry(session).renamed = { before, after };
  for (const { before, after, ...session } of changes.speakersChanged) entry(session).speakers = { before, after };
  for (const { fields, ...session } of changes.otherChanges) entry(session).otherFields = fields;
  for (const { session, ...what } of changed.values())
    messages.push({ type: 'session.changed', payload: { version: ref, session, changes: what } });
  return messages;
}
