import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface AvailabilityWindow {
  /** epoch milliseconds */
  start: number;
  end: number;
}

@Entity('speakers')
@Index(['eventId'])
export class SpeakerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  affiliation: string | null;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** null = no constraint (always available) */
  @Column({ type: 'simple-json', nullable: true })
  availability: AvailabilityWindow[] | null;

  /** A public picture of the speaker (pretalx `avatar`). */
  @Column({ name: 'avatar_url', type: 'varchar', length: 500, nullable: true })
  avatarUrl: string | null;

  /** The id this record had in an imported file; re-imports match on it. */
  @Column({ name: 'external_id', type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
