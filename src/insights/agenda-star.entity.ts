import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One starred session of one agenda. Written only by database triggers from agendas.session_ids
 * (see the Insights migration), so the JSON stays the one source of truth; this table is what
 * lets interest be counted with an indexed GROUP BY instead of expanding JSON on every read.
 */
@Entity('agenda_stars')
@Index('IDX_agenda_stars_event_session', ['eventId', 'sessionId'])
export class AgendaStarEntity {
  @PrimaryColumn({ name: 'agenda_id', type: 'varchar', length: 36 })
  agendaId: string;

  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;
}
