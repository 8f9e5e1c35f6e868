import { BadRequestException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { hashPassword, passwordProblems } from '../auth/password';
import { SignupDto, UserResponseDto } from '../auth/dto/auth.dto';
import { Clock } from '../common/clock/clock';
import { conflict, errorBody } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { PasswordWorkers } from '../common/workers/password-workers.service';
import { AuditTrail } from '../audit/audit-trail.service';
import { UnitOfWork } from '../database/unit-of-work';
import { isUniqueViolation } from '../database/unique-violation';
import { FIRST_ADMIN_CLAIM, InstanceClaimEntity } from './instance-claim.entity';
import { SetupCodesService } from './setup-codes.service';
import { normalizeEmail } from './normalize-email';
import { UserEntity } from './user.entity';

export { normalizeEmail };

const SIGNUP_CLOSED = 'sign-up is closed: ask an administrator for an account';

export const mapUser = (user: UserEntity): UserResponseDto => ({
  id: user.id,
  email: user.email,
  name: user.name,
  isAdmin: user.isAdmin,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    private readonly setupCodes: SetupCodesService,
    private readonly audit: AuditTrail,
    private readonly passwords: PasswordWorkers,
  ) {}

  /**
   * Open only for the first user (who becomes admin), unless ALLOW_SIGNUP=true. The first account
   * claims the instance with a row whose primary key admits one writer, so racing sign-ups on an
   * empty instance make exactly one administrator; beyond loopback the claim needs a setup code.
   */
  async signup(dto: SignupDto): Promise<UserResponseDto> {
    const email = normalizeEmail(dto.email);
    await this.assertPassword(dto.password, [dto.name, email, email.split('@')[0]]);
    const passwordHash = await hashPassword(dto.password);
    const attempt = () =>
      this.unitOfWork.transaction(async (manager) => {
        const claimed = await manager.existsBy(InstanceClaimEntity, { name: FIRST_ADMIN_CLAIM });
        if (claimed && !this.config.auth.allowSignup) throw new ForbiddenException(errorBody(403, SIGNUP_CLOSED));
        const id = randomUUID();
        if (!claimed) await this.claimFirstAdmin(manager, dto.setupCode, id);
        // Same answer, after the same hashing work, for a taken e-mail: sign-up must not tell who has an account.
        if (await manager.existsBy(UserEntity, { email })) return { id, email, name: dto.name, isAdmin: false };
        return this.insert(manager, { id, email, name: dto.name, passwordHash }, !claimed);
      });
    try {
      return mapUser((await attempt()) as UserEntity);
    } catch (error) {
      // Another sign-up claimed the instance first (PostgreSQL: concurrent transactions both saw it unclaimed).
      if (!(error instanceof FirstAdminTaken)) throw error;
      if (!this.config.auth.allowSignup) throw new ForbiddenException(errorBody(403, SIGNUP_CLOSED));
      return mapUser((await attempt()) as UserEntity);
    }
  }

  /** Admins add organizers. */
  async invite(dto: SignupDto): Promise<UserResponseDto> {
    return mapUser(await this.create(dto, false));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  async setPassword(user: UserEntity, password: string): Promise<void> {
    await this.assertPassword(password, [user.name, user.email]);
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password) });
  }

  private async create(dto: SignupDto, isAdmin: boolean): Promise<UserEntity> {
    const email = normalizeEmail(dto.email);
    await this.assertPassword(dto.password, [dto.name, email, email.split('@')[0]]);
    const passwordHash = await hashPassword(dto.password);
    return this.unitOfWork.transaction(async (manager) => {
      const user = await this.insert(manager, { id: randomUUID(), email, name: dto.name, passwordHash }, isAdmin);
      await this.audit.record(manager, { eventId: null, entityId: user.id });
      return user;
    });
  }

  private async insert(
    manager: EntityManager,
    fields: Pick<UserEntity, 'id' | 'email' | 'name' | 'passwordHash'>,
    isAdmin: boolean,
  ) {
    if (await manager.existsBy(UserEntity, { email: fields.email })) {
      throw conflict('email_taken', 'an account with this e-mail exists');
    }
    const user = manager.create(UserEntity, { ...fields, isAdmin, createdAt: this.clock.now() });
    return manager.save(user);
  }

  private async claimFirstAdmin(manager: EntityManager, setupCode: string | undefined, userId: string): Promise<void> {
    if (this.setupCodes.required && !(await this.setupCodes.isValid(manager, setupCode))) {
      throw new ForbiddenException(
        errorBody(403, 'the first account needs the one-time setup code printed in the server log'),
      );
    }
    try {
      await manager.insert(InstanceClaimEntity, { name: FIRST_ADMIN_CLAIM, userId, claimedAt: this.clock.now() });
    } catch (error) {
      if (isUniqueViolation(error)) throw new FirstAdminTaken();
      throw error;
    }
    await this.setupCodes.clear(manager);
  }

  private async assertPassword(password: string, context: string[]): Promise<void> {
    const problems = passwordProblems(password, context);
    const weak = problems.length ? undefined : await this.passwords.weakness(password, context);
    if (weak) problems.push(weak);
    if (problems.length) throw new BadRequestException(errorBody(400, problems));
  }
}

class FirstAdminTaken extends Error {}
