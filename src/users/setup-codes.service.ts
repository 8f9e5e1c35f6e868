import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { hashSecret } from '../auth/secrets';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { FIRST_ADMIN_CLAIM, InstanceClaimEntity } from './instance-claim.entity';
import { SetupCodeEntity } from './setup-code.entity';

// No 0/O, 1/I/L: the code is read from a terminal and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const normalizeSetupCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** 15 characters from 31: about 74 bits, shown as XXXXX-XXXXX-XXXXX. */
export function newSetupCode(): string {
  const chars = Array.from({ length: 15 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 5, 10].map((at) => chars.slice(at, at + 5).join('')).join('-');
}

/**
 * An instance reachable beyond loopback must not be claimable by whoever finds it first: until
 * the first administrator exists, each starting instance prints a one-time setup code in its log
 * (stored hashed, so any instance accepts any instance's code) and the first sign-up needs one.
 */
@Injectable()
export class SetupCodesService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    @InjectRepository(SetupCodeEntity) private readonly codes: Repository<SetupCodeEntity>,
    @InjectRepository(InstanceClaimEntity) private readonly claims: Repository<InstanceClaimEntity>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get required(): boolean {
    return this.config.auth.setupCodeRequired;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.required || (await this.claims.existsBy({ name: FIRST_ADMIN_CLAIM }))) return;
    const code = newSetupCode();
    await this.codes.insert({ codeHash: hashSecret(normalizeSetupCode(code)), createdAt: this.clock.now() });
    this.logger.warn(
      `No administrator yet. Create the first account at ${this.config.publicBaseUrl}/organizer with the one-time setup code ${code}`,
    );
  }

  /** Whether the code was printed by an instance and not used yet (checked inside the claiming transaction). */
  async isValid(manager: EntityManager, code: string | undefined): Promise<boolean> {
    if (!code) return false;
    return manager.existsBy(SetupCodeEntity, { codeHash: hashSecret(normalizeSetupCode(code)) });
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder().delete().from(SetupCodeEntity).execute();
  }
}
