import { Injectable, UnauthorizedException } from '@nestjs/common';
import { errorBody } from '../common/errors';
import { mapUser, normalizeEmail, UsersService } from '../users/users.service';
import { Clock } from '../common/clock/clock';
import { ChangePasswordDto, LoginDto, MeResponseDto } from './dto/auth.dto';
import { LoginSessionsService } from './login-sessions.service';
import { LoginThrottle } from './login-throttle';
import { DUMMY_HASH, verifyPassword } from './password';
import { Principal } from './principal';

const INVALID = 'invalid e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly throttle: LoginThrottle,
    private readonly users: UsersService,
    private readonly sessions: LoginSessionsService,
    private readonly clock: Clock,
  ) {}

  /**
   * One answer for an unknown e-mail and a wrong password, equally slow; throttled per account
   * and per address. A session the client already had is ended: a new ID at every login.
   */
  async login(dto: LoginDto, address: string, previousSecret: string | undefined) {
    const email = normalizeEmail(dto.email);
    const now = this.clock.now();
    const claim = await this.throttle.claimLogin(email, address, now);
    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(dto.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid) throw new UnauthorizedException(errorBody(401, INVALID));
    await this.throttle.succeeded(email, address, claim, now);
    if (previousSecret) await this.sessions.revokeBySecret(previousSecret);
    const { secret, session } = await this.sessions.start(user.id);
    return {
      secret,
      body: { user: mapUser(user), session: this.sessions.describe(session), authenticatedBy: 'session' as const },
    };
  }

  async me(principal: Principal): Promise<MeResponseDto> {
    if (principal.kind === 'anonymous') throw new UnauthorizedException(errorBody(401, 'not signed in'));
    const user = (await this.users.findById(principal.userId))!;
    if (principal.kind === 'token') return { user: mapUser(user), authenticatedBy: 'token' };
    const [session] = (await this.sessions.list(user.id, principal.sessionId)).filter(
      (s) => s.id === principal.sessionId,
    );
    return { user: mapUser(user), session, authenticatedBy: 'session' };
  }

  async changePassword(principal: Principal & { kind: 'user' }, dto: ChangePasswordDto): Promise<void> {
    const user = (await this.users.findById(principal.userId))!;
    await this.throttle.claimPasswordChange(user.id, this.clock.now());
    if (!(await verifyPassword(dto.currentPassword, user.passwordHash))) {
      throw new UnauthorizedException(errorBody(401, 'current password is wrong'));
    }
    await this.users.setPassword(user, dto.newPassword);
    await this.throttle.passwordChanged(user.id);
    await this.sessions.revokeOthers(user.id, principal.sessionId);
  }
}
