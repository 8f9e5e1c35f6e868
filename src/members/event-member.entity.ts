import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const EVENT_ROLES = ['owner', 'editor', 'viewer'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

@Entity('event_members')
@Index(['userId'])
export class EventMemberEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  role: EventRole;
}
