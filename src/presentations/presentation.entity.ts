import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';
import { SessionEntity } from '../sessions/session.entity';

export interface PresentationAuthor {
  speakerId?: string;
  name: string;
  /** presents the paper (busy for its time); absent on every author = the first linked author presents */
  presenting?: boolean;
}

@Entity('presentations')
@Index(['sessionId', 'position'])
export class PresentationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'simple-json' })
  authors: PresentationAuthor[];

  @Column({ name: 'starts_at', type: 'bigint', transformer: epochMillis })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'bigint', transformer: epochMillis })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  abstract: string | null;

  @Column({ type: 'integer' })
  position: number;

  /** Poster board number (or programme code) of an imported poster. */
  @Column({ name: 'board_number', type: 'varchar', length: 20, nullable: true })
  boardNumber: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @ManyToOne(() => SessionEntity, (session) => session.presentations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: SessionEntity;
}
