import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber, epochMillis } from '../database/columns';

export const EVENT_STATUSES = ['draft', 'published'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

@Entity('events')
export class EventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10 })
  endDate: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  city: string | null;

  /** Local time at which one conference day ends and the next begins (`04:00`: nights belong to the day before). */
  @Column({ name: 'day_change', type: 'varchar', length: 5, nullable: true })
  dayChange: string | null;

  /** The grid step of the source program (frab `timeslot_duration`), in minutes. */
  @Column({ name: 'timeslot_minutes', type: 'integer', nullable: true })
  timeslotMinutes: number | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: EventStatus;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Bumped by every write to the event's program; feeds and caches key on it. */
  @Column({ name: 'program_version', type: 'bigint', default: 1, transformer: bigintNumber })
  programVersion: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMillis })
  updatedAt: Date;
}
