import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintNumber, epochMillis } from '../database/columns';

/** A numbered snapshot of the public program, frozen at a publish, with its changelog. */
@Entity('schedule_versions')
@Index(['eventId', 'number'], { unique: true })
export class ScheduleVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  @Column({ name: 'published_at', type: 'bigint', transformer: epochMillis })
  publishedAt: Date;

  @Column({ name: 'published_by', type: 'varchar', length: 254 })
  publishedBy: string;

  /** events.program_version of the working copy that was published */
  @Column({ name: 'program_version', type: 'bigint', transformer: bigintNumber })
  programVersion: number;

  @Column({ name: 'session_count', type: 'integer' })
  sessionCount: number;

  @Column({ name: 'change_count', type: 'integer' })
  changeCount: number;

  /** PublishedProgram as JSON */
  @Column({ type: 'text' })
  snapshot: string;

  /** Changelog against the previous version, as JSON */
  @Column({ type: 'text' })
  changes: string;
}
