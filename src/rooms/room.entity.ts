import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('rooms')
@Index(['eventId'])
export class RoomEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'integer', default: 0 })
  position: number;

  /** The id this record had in an imported file; re-imports match on it. */
  @Column({ name: 'external_id', type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
