import { HttpException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { errorBody } from '../common/errors';
import { KnownLoginAddressEntity } from '../throttle/known-login-address.entity';
import { bucketKey, Claim, Limit, ThrottleService } from '../throttle/throttle.service';

const WINDOW_MS = 15 * 60_000;
/** How long a successful login makes its address "usual" for the account. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 3_600_000;

/**
 * Password guessing limits (ASVS 2.2.1), claimed before the slow password check:
 * - 5 tries per account and address: the owner's own tries from elsewhere do not count;
 * - 30 tries per address: one client spraying many accounts;
 * - 20 tries per account from addresses that have not logged in to it lately: a distributed
 *   guess at one account, which never locks the owner out of an address they used recently.
 */
export const LOGIN_LIMITS = { perAccountAndAddress: 5, perAddress: 30, perAccount: 20, windowMs: WINDOW_MS };
const PASSWORD_CHANGE_LIMIT = 5;

export const tooManyAttempts = (what: string, wait: number) =>
  new HttpException({ ...errorBody(429, `too many ${what}; try again in ${wait} s`), retryAfter: wait }, 429);

@Injectable()
export class LoginThrottle {
  constructor(
    private readonly throttle: ThrottleService,
    @InjectRepository(KnownLoginAddressEntity) private readonly known: Repository<KnownLoginAddressEntity>,
  ) {}

  /** Counts this login attempt, or throws 429. */
  async claimLogin(email: string, address: string, now: Date): Promise<Claim> {
    const limits: Limit[] = [
      {
        bucket: `login:account-address:${email}\n${address}`,
        max: LOGIN_LIMITS.perAccountAndAddress,
        windowMs: WINDOW_MS,
      },
      { bucket: `login:address:${address}`, max: LOGIN_LIMITS.perAddress, windowMs: WINDOW_MS },
    ];
    if (!(await this.isKnownAddress(email, address, now)))
      limits.push({ bucket: `login:account:${email}`, max: LOGIN_LIMITS.perAccount, windowMs: WINDOW_MS });
    const claim = await this.throttle.claim(limits, now);
    if (claim.retryAfter > 0) throw tooManyAttempts('failed logins', claim.retryAfter);
    return claim;
  }

  /** A right password: this try does not count, the account+address bucket starts afresh, the address becomes usual. */
  async succeeded(email: string, address: string, claim: Claim, now: Date): Promise<void> {
    await this.throttle.release(claim.hitIds);
    await this.throttle.reset(`login:account-address:${email}\n${address}`);
    await this.known.upsert({ accountKey: bucketKey(email), addressKey: bucketKey(address), lastSuccessAt: now }, [
      'accountKey',
      'addressKey',
    ]);
  }

  /** Password changes need the current password: the same guessing limit, per account. */
  async claimPasswordChange(userId: string, now: Date): Promise<Claim> {
    const claim = await this.throttle.claim(
      [{ bucket: `password-change:${userId}`, max: PASSWORD_CHANGE_LIMIT, windowMs: WINDOW_MS }],
      now,
    );
    if (claim.retryAfter > 0) throw tooManyAttempts('wrong current passwords', claim.retryAfter);
    return claim;
  }

  async passwordChanged(userId: string): Promise<void> {
    await this.throttle.reset(`password-change:${userId}`);
  }

  private isKnownAddress(email: string, address: string, now: Date): Promise<boolean> {
    return this.known.existsBy({
      accountKey: bucketKey(email),
      addressKey: bucketKey(address),
      lastSuccessAt: MoreThanOrEqual(new Date(+now - KNOWN_ADDRESS_MS)),
    });
  }
}
