import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';
import { EventRole } from './event-member.entity';

/**
 * A role offered to an e-mail address. It becomes a membership when an account with that
 * address first uses it, so the owner who invited learns nothing about whether the address
 * has an account (or its name) until that person acts.
 */
@Entity('event_invitations')
@Index('IDX_event_invitations_email', ['email'])
export class EventInvitationEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  /** Lower-cased. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 10 })
  role: EventRole;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;
}
