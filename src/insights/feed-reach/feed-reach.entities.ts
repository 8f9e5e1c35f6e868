import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fetches and distinct subscribers of one feed on one UTC day: the only feed-reach data kept for good. */
@Entity('feed_reach_daily')
export class FeedReachDayEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @PrimaryColumn({ name: 'feed_kind', type: 'varchar', length: 10 })
  feedKind: string;

  /** The track, room, speaker or session id; '' for the whole-event feed and for personal feeds (never an agenda). */
  @PrimaryColumn({ name: 'feed_id', type: 'varchar', length: 36, default: '' })
  feedId: string;

  @Column({ type: 'integer', default: 0 })
  fetches: number;

  /** Fetches answered 304 (included in fetches). */
  @Column({ name: 'not_modified', type: 'integer', default: 0 })
  notModified: number;

  @Column({ type: 'integer', default: 0 })
  subscribers: number;
}

/** Salted hash of (feed, client) seen today; deleted once the day is over. */
@Entity('feed_reach_clients')
export class FeedReachClientEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @PrimaryColumn({ name: 'feed_kind', type: 'varchar', length: 10 })
  feedKind: string;

  @PrimaryColumn({ name: 'feed_id', type: 'varchar', length: 36, default: '' })
  feedId: string;

  @PrimaryColumn({ name: 'client_hash', type: 'varchar', length: 64 })
  clientHash: string;
}

/** The random salt of one UTC day, shared by app instances; deleted with that day's client hashes. */
@Entity('feed_reach_salts')
export class FeedReachSaltEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'varchar', length: 64 })
  salt: string;
}
