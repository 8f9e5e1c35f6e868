export const WEBHOOK_EVENT_TYPES = ['schedule.published', 'session.changed', 'session.cancelled'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookMessage {
  /** The message id; a redelivery sends the same id, so receivers can drop duplicates. */
  id: string;
  type: WebhookEventType;
  timestamp: string;
  eventId: string;
  data: object;
}

/** The exact bytes sent (and signed): stored once, so every attempt and redelivery is identical. */
export function messageBody(message: WebhookMessage): string {
  return JSON.stringify({
    id: message.id,
    type: message.type,
    timestamp: message.timestamp,
    eventId: message.eventId,
    data: message.data,
  });
}
