import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintNumber, epochMillis } from '../database/columns';

/**
 * A proposal of the auto-scheduler, kept until it is applied or the program moves on. Stored
 * rather than held in memory so "apply" works after a restart and on any app instance.
 */
@Entity('schedule_proposals')
@Index(['eventId'])
export class ScheduleProposalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  /** events.program_version the proposal was computed from; apply refuses any other. */
  @Column({ name: 'program_version', type: 'bigint', transformer: bigintNumber })
  programVersion: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;

  @Column({ name: 'applied_at', type: 'bigint', nullable: true, transformer: epochMillis })
  appliedAt: Date | null;

  /** The options it was made with (PlannerOptions as JSON). */
  @Column({ type: 'text' })
  options: string;

  /** [{sessionId, slotId, roomId, start, end}] as JSON, instants in epoch ms. */
  @Column({ type: 'text' })
  placements: string;

  /** The response body shown to organizers (score, reasons, stats) as JSON. */
  @Column({ type: 'text' })
  body: string;
}
