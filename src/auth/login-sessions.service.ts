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

/** Only refresh last_seen_at this often: sliding expiry without a write on every request. */
const TOUCH_EVERY_MS = 60_000;

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
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
    const session = await this.sessions.findOneBy({ secretHash: hashSecret(secret) });
    const now = this.clock.now();
    if (!session || !this.isLive(session, now)) return undefined;
    if (+now - +session.lastSeenAt > TOUCH_EVERY_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return session;
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
