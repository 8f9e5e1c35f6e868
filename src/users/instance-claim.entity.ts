import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/** A one-off claim on the instance: the primary key lets exactly one writer take it. */
@Entity('instance_claims')
export class InstanceClaimEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId: string | null;

  @Column({ name: 'claimed_at', type: 'bigint', transformer: epochMillis })
  claimedAt: Date;
}

export const FIRST_ADMIN_CLAIM = 'first-admin';
