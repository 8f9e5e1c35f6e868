import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { SessionEntity } from './session.entity';

export const SPEAKER_ROLES = ['speaker', 'moderator', 'chair', 'author'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

@Entity('session_speakers')
@Index(['speakerId'])
export class SessionSpeakerEntity {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @PrimaryColumn({ name: 'speaker_id', type: 'varchar', length: 36 })
  speakerId: string;

  @Column({ type: 'varchar', length: 12 })
  role: SpeakerRole;

  @Column({ type: 'integer' })
  position: number;

  @ManyToOne(() => SessionEntity, (session) => session.speakers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: SessionEntity;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker: SpeakerEntity;
}
