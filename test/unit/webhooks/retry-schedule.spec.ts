import { retryDelayMs, retrySchedule } from '../../../src/webhooks/retry-schedule';

describe('retryDelayMs', () => {
  const policy = { maxAttempts: 8, baseMs: 10_000 };

  it('waits the base delay after the first failure and four times longer after each further one', () => {
    expect(retrySchedule(policy)).toEqual([10_000, 40_000, 160_000, 640_000, 2_560_000, 10_240_000, 21_600_000]);
  });

  it('caps a delay at six hours', () => {
    expect(retryDelayMs(7, policy)).toBe(6 * 3_600_000);
    expect(retryDelayMs(3, { ...policy, maxDelayMs: 60_000 })).toBe(60_000);
  });

  it('gives up once the attempts are used up', () => {
    expect(retryDelayMs(8, policy)).toBeNull();
    expect(retryDelayMs(9, policy)).toBeNull();
    expect(retryDelayMs(1, { ...policy, maxAttempts: 1 })).toBeNull();
    expect(retrySchedule({ ...policy, maxAttempts: 3 })).toHaveLength(2);
  });

  it('spreads retries within ±20% by the jitter given', () => {
    expect(retryDelayMs(1, policy, 0)).toBe(8_000);
    expect(retryDelayMs(1, policy, 0.5)).toBe(10_000);
    expect(retryDelayMs(1, policy, 0.999)).toBeLessThan(12_000);
    expect(retryDelayMs(2, policy, 0)).toBe(32_000);
  });

  it('honours another growth factor', () => {
    expect(retrySchedule({ maxAttempts: 4, baseMs: 100, factor: 2 })).toEqual([100, 200, 400]);
  });
});
