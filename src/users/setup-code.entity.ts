import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMillis } from '../database/columns';

/** SHA-256 of a one-time setup code printed in a server's log; every instance adds its own. */
@Entity('setup_codes')
export class SetupCodeEntity {
  @PrimaryColumn({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMillis })
  createdAt: Date;
}
