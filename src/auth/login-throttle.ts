/**
 * Failed logins per account and per client address in a sliding window (ASVS 2.2.1). Kept in
 * process memory: with several instances each counts its own share, which still bounds guessing.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: { perAccount: number; perAddress: number; windowMs: number }) {}

  /** Seconds to wait before trying again, or 0. */
  retryAfter(email: string, address: string, now: number): number {
    const wait = [
      this.check(`account:${email}`, this.limits.perAccount, now),
      this.check(`address:${address}`, this.limits.perAddress, now),
    ];
    return Math.max(...wait);
  }

  fail(email: string, address: string, now: number): void {
    for (const key of [`account:${email}`, `address:${address}`])
      this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private check(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    this.failures.set(key, recent);
    if (recent.length < limit) return 0;
    return Math.ceil((recent[recent.length - limit] + this.limits.windowMs - now) / 1000);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.limits.windowMs);
  }
}
