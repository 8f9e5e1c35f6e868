import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/**
 * A signed-in organizer. The cookie holds a 256-bit random secret; only its SHA-256 is stored,
 * and nothing about the person (no IP, no user agent) is tied to it.
 */
@Entity('login_sessions')
@Index(['userId'])
export class LoginSessionEntity {
  /** Public handle for listing and revoking; not the secret. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64, unique: true })
  secretHash: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'bigint', transformer: epochMillis })
  lastSeenAt: Date;

  @Column({ name: 'absolute_expires_at', type: 'bigint', transformer: epochMillis })
  absoluteExpiresAt: Date;

  @Column({ name: 'revoked_at', type: 'bigint', nullable: true, transformer: epochMillis })
  revokedAt: Date | null;
}
