import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/**
 * An attendee's starred sessions. Holds no personal data; the token that reaches it is stored
 * only as a SHA-256 hash, so a database leak does not hand out working feed links.
 */
@Entity('agendas')
@Index(['eventId'])
export class AgendaEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'session_ids', type: 'simple-json' })
  sessionIds: string[];

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMillis })
  updatedAt: Date;

  /** Last read or write (feed fetches count), to a day; unused agendas are pruned. */
  @Column({ name: 'last_used_at', type: 'bigint', transformer: epochMillis, nullable: true })
  lastUsedAt: Date | null;
}
