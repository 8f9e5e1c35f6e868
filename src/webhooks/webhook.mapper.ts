import { DeliveryDetailDto, DeliveryResponseDto, WebhookResponseDto } from './dto/webhook-response.dto';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEntity } from './webhook.entity';

/** Never includes the secret: only the create call returns it. */
export function mapWebhook(hook: WebhookEntity): WebhookResponseDto {
  return {
    id: hook.id,
    eventId: hook.eventId,
    url: hook.url,
    events: hook.events,
    active: hook.active,
    ...(hook.description != null && { description: hook.description }),
    createdAt: hook.createdAt.toISOString(),
    updatedAt: hook.updatedAt.toISOString(),
    version: hook.version,
  };
}

export function mapDelivery(row: WebhookDeliveryEntity): DeliveryResponseDto {
  return {
    id: row.id,
    webhookId: row.webhookId,
    messageId: row.messageId,
    type: row.type,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    ...(row.status === 'pending' && { nextAttemptAt: row.nextAttemptAt.toISOString() }),
    ...(row.lastAttemptAt && { lastAttemptAt: row.lastAttemptAt.toISOString() }),
    ...(row.lastStatus != null && { lastStatus: row.lastStatus }),
    ...(row.lastError != null && { lastError: row.lastError }),
    ...(row.durationMs != null && { durationMs: row.durationMs }),
    ...(row.deliveredAt && { deliveredAt: row.deliveredAt.toISOString() }),
    ...(row.redeliveryOf && { redeliveryOf: row.redeliveryOf }),
  };
}

export function mapDeliveryDetail(row: WebhookDeliveryEntity): DeliveryDetailDto {
  return { ...mapDelivery(row), payload: JSON.parse(row.body) as object };
}
