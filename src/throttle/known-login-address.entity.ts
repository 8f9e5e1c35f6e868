import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/** An address an account logged in from successfully (both hashed): it skips the per-account limit. */
@Entity('known_login_addresses')
export class KnownLoginAddressEntity {
  @PrimaryColumn({ name: 'account_key', type: 'varchar', length: 64 })
  accountKey: string;

  @PrimaryColumn({ name: 'address_key', type: 'varchar', length: 64 })
  addressKey: string;

  @Column({ name: 'last_success_at', type: 'bigint', transformer: epochMillis })
  lastSuccessAt: Date;
}
