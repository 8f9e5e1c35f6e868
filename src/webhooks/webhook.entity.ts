import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';
import { WebhookEventType } from './webhook-message';

/** An integrator's endpoint for one event's changes. */
@Entity('webhooks')
@Index('IDX_webhooks_event', ['eventId'])
export class WebhookEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'simple-json' })
  events: WebhookEventType[];

  /** Kept in clear: every delivery is signed with it (HMAC), so a hash would not do. Never returned after creation. */
  @Column({ type: 'varchar', length: 200 })
  secret: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMillis })
  updatedAt: Date;
}
