import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';
import { PresentationEntity } from '../presentations/presentation.entity';
import { SessionSpeakerEntity } from './session-speaker.entity';

export const SESSION_TYPES = [
  'keynote',
  'talk',
  'panel',
  'workshop',
  'tutorial',
  'paper-session',
  'poster-session',
  'breakout',
  'lightning',
  'social',
  'other',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export interface SessionLink {
  href: string;
  title?: string;
}

export interface SessionAttachment {
  href: string;
  title?: string;
  type?: string;
}

export const SESSION_STATUSES = ['confirmed', 'tentative', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

@Entity('sessions')
@Index(['eventId', 'startsAt'])
@Index(['roomId', 'startsAt'])
@Index(['trackId', 'startsAt'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subtitle: string | null;

  @Column({ type: 'text', nullable: true })
  abstract: string | null;

  /** Longer text beside the abstract (frab "description"). */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Stable positive integer per event, the frab/c3voc event id. */
  @Column({ name: 'numeric_id', type: 'integer', nullable: true })
  numericId: number | null;

  /** The guid this session had in an imported file; re-imports match on it. */
  @Column({ name: 'external_id', type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  links: SessionLink[] | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  /** The type an imported file gave (`devroom`, `lecture`); `type` holds ours, exports write this. */
  @Column({ name: 'source_type', type: 'varchar', length: 100, nullable: true })
  sourceType: string | null;

  /** The file's slug (`33c3-8429-33c3_opening_ceremony`); exports write it instead of making one. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  slug: string | null;

  @Column({ name: 'feedback_url', type: 'varchar', length: 500, nullable: true })
  feedbackUrl: string | null;

  /** Absolute URL or a path relative to the source's base URL, as frab writes it. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  logo: string | null;

  /** Slides, papers and other files (frab/c3voc attachments). */
  @Column({ type: 'simple-json', nullable: true })
  attachments: SessionAttachment[] | null;

  /** The speakers opted out of recording (c3voc `do_not_record`, frab `recording/optout`). */
  @Column({ name: 'do_not_record', type: 'boolean', nullable: true })
  doNotRecord: boolean | null;

  @Column({ type: 'varchar', length: 20 })
  type: SessionType;

  @Column({ type: 'varchar', length: 12, default: 'confirmed' })
  status: SessionStatus;

  @Column({ name: 'track_id', type: 'varchar', length: 36, nullable: true })
  trackId: string | null;

  @Column({ name: 'room_id', type: 'varchar', length: 36, nullable: true })
  roomId: string | null;

  @Column({ name: 'slot_id', type: 'varchar', length: 36, nullable: true })
  slotId: string | null;

  @Column({ name: 'starts_at', type: 'bigint', nullable: true, transformer: epochMillis })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'bigint', nullable: true, transformer: epochMillis })
  endsAt: Date | null;

  /** Wanted length; equals endsAt - startsAt once scheduled, kept for backlog sessions. */
  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'varchar', length: 35, nullable: true })
  language: string | null;

  @Column({ name: 'expected_attendance', type: 'integer', nullable: true })
  expectedAttendance: number | null;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** iCal SEQUENCE: bumped when time, room or status changes. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMillis })
  updatedAt: Date;

  /** Tombstone: a session deleted from a published event stays known so feeds can cancel it. */
  @Column({ name: 'deleted_at', type: 'bigint', nullable: true, transformer: epochMillis })
  deletedAt: Date | null;

  @OneToMany(() => SessionSpeakerEntity, (link) => link.session)
  speakers: SessionSpeakerEntity[];

  @OneToMany(() => PresentationEntity, (presentation) => presentation.session)
  presentations: PresentationEntity[];
}
