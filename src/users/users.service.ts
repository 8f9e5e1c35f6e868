import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { hashPassword, passwordProblems } from '../auth/password';
import { SignupDto, UserResponseDto } from '../auth/dto/auth.dto';
import { Clock } from '../auth/clock';
import { errorBody } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { UserEntity } from './user.entity';

export const mapUser = (user: UserEntity): UserResponseDto => ({ id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin });

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Open only for the first user (who becomes admin), unless ALLOW_SIGNUP=true. */
  async signup(dto: SignupDto): Promise<UserResponseDto> {
    const first = (await this.users.count()) === 0;
    if (!first && !this.config.auth.allowSignup) {
      throw new ForbiddenException(errorBody(403, 'sign-up is closed: ask an administrator for an account'));
    }
    return mapUser(await this.create(dto, first));
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
    assertPassword(password, [user.name, user.email]);
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password) });
  }

  private async create(dto: SignupDto, isAdmin: boolean): Promise<UserEntity> {
    const email = normalizeEmail(dto.email);
    assertPassword(dto.password, [dto.name, email, email.split('@')[0]]);
    if (await this.users.existsBy({ email })) throw new ConflictException(errorBody(409, 'an account with this e-mail exists'));
    const user = this.users.create({
      id: randomUUID(), email, name: dto.name, passwordHash: await hashPassword(dto.password), isAdmin, createdAt: this.clock.now(),
    });
    return this.users.save(user);
  }
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

function assertPassword(password: string, context: string[]): void {
  const problems = passwordProblems(password, context);
  if (problems.length) throw new BadRequestException(errorBody(400, problems));
}
