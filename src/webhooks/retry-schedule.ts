export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  /** Growth per attempt; 4 gives 10 s, 40 s, 2m40, 10m40, 43 m, 2h50, 6 h (cap) from a 10 s base. */
  factor?: number;
  maxDelayMs?: number;
}

const SIX_HOURS = 6 * 3_600_000;

/**
 * Delay before the next attempt after `failedAttempts` failures, or null when none is left.
 * `jitter` in [0, 1) spreads retries over ±20% so receivers coming back are not hit all at once.
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, jitter = 0.5): number | null {
  if (failedAttempts >= policy.maxAttempts) return null;
  const factor = policy.factor ?? 4;
  const cap = policy.maxDelayMs ?? SIX_HOURS;
  const nominal = Math.min(cap, policy.baseMs * factor ** Math.max(0, failedAttempts - 1));
  return Math.round(nominal * (0.8 + 0.4 * jitter));
}

/** The nominal delays of a whole schedule (no jitter), for docs and the deliveries listing. */
export function retrySchedule(policy: RetryPolicy): number[] {
  const delays: number[] = [];
  for (let failed = 1; failed < policy.maxAttempts; failed += 1) delays.push(retryDelayMs(failed, policy)!);
  return delays;
}
