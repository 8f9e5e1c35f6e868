import { loadConfig } from '../../../src/config/app-config';

describe('webhook settings', () => {
  it('refuses private receivers and polls every second by default', () => {
    expect(loadConfig({}).webhooks).toEqual({
      allowPrivate: false,
      pollMs: 1000,
      timeoutMs: 10000,
      maxAttempts: 8,
      retryBaseMs: 10000,
      concurrency: 4,
    });
  });

  it('reads each WEBHOOKS_ variable', () => {
    expect(
      loadConfig({
        WEBHOOKS_ALLOW_PRIVATE: 'true',
        WEBHOOKS_POLL_MS: '0',
        WEBHOOKS_TIMEOUT_MS: '500',
        WEBHOOKS_MAX_ATTEMPTS: '3',
        WEBHOOKS_RETRY_BASE_MS: '50',
        WEBHOOKS_CONCURRENCY: '1',
      }).webhooks,
    ).toEqual({ allowPrivate: true, pollMs: 0, timeoutMs: 500, maxAttempts: 3, retryBaseMs: 50, concurrency: 1 });
  });

  it('keeps at least one attempt and one delivery in flight', () => {
    expect(loadConfig({ WEBHOOKS_MAX_ATTEMPTS: '0', WEBHOOKS_CONCURRENCY: '0' }).webhooks).toMatchObject({
      maxAttempts: 1,
      concurrency: 1,
    });
  });

  it('refuses a value that is not a non-negative integer', () => {
    expect(() => loadConfig({ WEBHOOKS_POLL_MS: 'soon' })).toThrow(
      'WEBHOOKS_POLL_MS must be a non-negative integer, got "soon"',
    );
  });
});
