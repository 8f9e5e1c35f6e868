import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, Not, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { Clock } from '../common/clock/clock';
import { SessionInfoDto } from './dto/auth.dto';
import { LoginSessionEntity } from './login-session.entity';
import { hashSecret, newSecret } from './secrets';
import { UserEntity } from '../users/user.entity';

/** Only refresh last_seen_at this often: sliding expiry without a write on every request. */
const TOUCH_EVERY_MS = 60_000;
const SECRET_FORMAT = /^[A-Za-z0-9_-]{43}$/;

@Injectable()
export class LoginSessionsService {
  constructor(
    @InjectRepository(LoginSessionEntity) private readonly sessions: Repository<LoginSessionEntity>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async start(userId: string): Promise<{ secret: string; session: LoginSessionEntity }> {
    const secret = newSecret();
    const now = this.clock.now();
    const session = this.sessions.create({
      id: randomUUID(),
      secretHash: hashSecret(secret),
      userId,
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt: new Date(+now + this.config.auth.sessionAbsoluteHours * 3_600_000),
      revokedAt: null,
    });
    await this.sessions.insert(session);
    return { secret, session };
  }

  /** The live session behind a cookie secret, its idle timer slid forward; undefined if none. */
  async resolve(secret: string): Promise<LoginSessionEntity | undefined> {
    if (!SECRET_FORMAT.test(secret)) return undefined;
    const session = await this.sessions.findOneBy({ secretHash: hashSecret(secret) });
    return session && (await this.slid(session)) ? session : undefined;
  }

  /** `resolve` with the session's user, read in the same query (the access guard needs both). */
  async resolveWithOwner(secret: string): Promise<{ session: LoginSessionEntity; owner: UserEntity } | undefined> {
    if (!SECRET_FORMAT.test(secret)) return undefined;
    const session = (await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.owner', UserEntity, 'owner', 'owner.id = s.user_id')
      .where('s.secret_hash = :hash', { hash: hashSecret(secret) })
      .getOne()) as (LoginSessionEntity & { owner: UserEntity }) | null;
    if (!session || !(await this.slid(session))) return undefined;
    const { owner, ...rest } = session;
    return { session: Object.assign(new LoginSessionEntity(), rest), owner };
  }

  /** False for a session that ended; slides its idle timer now and then. */
  private async slid(session: LoginSessionEntity): Promise<boolean> {
    const now = this.clock.now();
    if (!this.isLive(session, now)) return false;
    if (+now - +session.lastSeenAt > TOUCH_EVERY_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return true;
  }

  async revokeBySecret(secret: string): Promise<void> {
    await this.sessions.update(
      { secretHash: hashSecret(secret), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }

  async revoke(userId: string, id: string): Promise<boolean> {
    const result = await this.sessions.update({ id, userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return (result.affected ?? 0) > 0;
  }

  /** After a password change: every other session of the user ends (ASVS 3.3.3). */
  async revokeOthers(userId: string, keepId: string | undefined): Promise<void> {
    await this.sessions.update(
      { userId, revokedAt: IsNull(), ...(keepId && { id: Not(keepId) }) },
      { revokedAt: this.clock.now() },
    );
  }

  async list(userId: string, currentId?: string): Promise<SessionInfoDto[]> {
    const now = this.clock.now();
    const sessions = await this.sessions.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return sessions
      .filter((session) => this.isLive(session, now))
      .map((session) => this.describe(session, session.id === currentId));
  }

  describe(session: LoginSessionEntity, current = true): SessionInfoDto {
    return {
      id: session.id,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      idleExpiresAt: new Date(Math.min(+this.idleExpiry(session), +session.absoluteExpiresAt)).toISOString(),
      absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
      current,
    };
  }

  private isLive(session: LoginSessionEntity, now: Date): boolean {
    return !session.revokedAt && now < this.idleExpiry(session) && now < session.absoluteExpiresAt;
  }

  private idleExpiry(session: LoginSessionEntity): Date {
    return new Date(+session.lastSeenAt + this.config.auth.sessionIdleMinutes * 60_000);
  }
}
