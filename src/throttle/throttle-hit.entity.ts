import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/**
 * One claimed attempt in a throttle bucket (a login try, an anonymous write). Buckets are
 * SHA-256 of their name, so no e-mail or address is stored in clear.
 */
@Entity('throttle_hits')
@Index('IDX_throttle_hits_bucket_at', ['bucket', 'at'])
export class ThrottleHitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  bucket: string;

  @Column({ type: 'bigint', transformer: epochMillis })
  at: Date;
}
