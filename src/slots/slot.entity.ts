import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

export const SLOT_KINDS = ['parallel', 'plenary', 'break'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

@Entity('time_slots')
@Index(['eventId', 'startsAt'])
export class SlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ name: 'starts_at', type: 'bigint', transformer: epochMillis })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'bigint', transformer: epochMillis })
  endsAt: Date;

  @Column({ type: 'varchar', length: 16 })
  kind: SlotKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  label: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
