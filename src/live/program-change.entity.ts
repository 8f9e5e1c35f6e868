import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/**
 * One entry of the bounded log of recent program changes, per event: the live stream sends it,
 * and a client reconnecting with `Last-Event-ID` gets the entries after the one it saw, from
 * whichever instance it reaches.
 */
@Entity('program_changes')
@Index(['eventId', 'id'])
export class ProgramChangeEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  /** `<entity>.<action>`, e.g. session.updated */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 36, nullable: true })
  entityId: string | null;

  @Column({ name: 'session_id', type: 'varchar', length: 36, nullable: true })
  sessionId: string | null;

  /** who made it: a user id or token id (the editor tells its own writes from others') */
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;
}
