import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';
import { WebhookEventType } from './webhook-message';

export const DELIVERY_STATUSES = ['pending', 'delivering', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * The outbox: one row per message and webhook, written in the transaction that caused it, so a
 * message exists exactly when its change was committed and survives restarts. `delivering` rows
 * carry a lease (`lockedUntil`); a worker that died mid-attempt leaves them to be claimed again.
 */
@Entity('webhook_deliveries')
@Index('IDX_webhook_deliveries_due', ['status', 'nextAttemptAt'])
@Index('IDX_webhook_deliveries_webhook', ['webhookId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'webhook_id', type: 'varchar', length: 36 })
  webhookId: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 40 })
  type: WebhookEventType;

  /** The body's `id`: equal to this row's id, or to the original's for a redelivery. */
  @Column({ name: 'message_id', type: 'varchar', length: 36 })
  messageId: string;

  /** The exact JSON sent and signed. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 12 })
  status: DeliveryStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'bigint', transformer: epochMillis })
  nextAttemptAt: Date;

  @Column({ name: 'locked_until', type: 'bigint', nullable: true, transformer: epochMillis })
  lockedUntil: Date | null;

  @Column({ name: 'last_attempt_at', type: 'bigint', nullable: true, transformer: epochMillis })
  lastAttemptAt: Date | null;

  @Column({ name: 'last_status', type: 'integer', nullable: true })
  lastStatus: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs: number | null;

  @Column({ name: 'delivered_at', type: 'bigint', nullable: true, transformer: epochMillis })
  deliveredAt: Date | null;

  @Column({ name: 'redelivery_of', type: 'varchar', length: 36, nullable: true })
  redeliveryOf: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;
}
