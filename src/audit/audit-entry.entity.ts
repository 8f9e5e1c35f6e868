import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/** One write: who (user or token id, never a secret), when, what, and the fields it changed. */
@Entity('audit_log')
@Index(['eventId', 'at'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36, nullable: true })
  eventId: string | null;

  @Column({ type: 'bigint', transformer: epochMillis })
  at: Date;

  @Column({ name: 'actor_type', type: 'varchar', length: 10 })
  actorType: 'user' | 'token';

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 254 })
  actorName: string;

  @Column({ type: 'varchar', length: 10 })
  method: string;

  /** The route with placeholders, e.g. /api/events/:eventId/sessions/:id */
  @Column({ type: 'varchar', length: 200 })
  route: string;

  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 36, nullable: true })
  entityId: string | null;

  @Column({ type: 'integer' })
  status: number;

  @Column({ type: 'simple-json', nullable: true })
  // any: JSON values of any shape; TypeORM's insert() types (QueryDeepPartialEntity) do not accept unknown.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  changes: Record<string, { before?: any; after?: any }> | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;
}
