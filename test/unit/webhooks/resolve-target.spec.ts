import { resolveTarget } from '../../../src/webhooks/webhook-transport';

describe('resolveTarget refusals (issue 17)', () => {
  it('does not echo what a host name resolved to', async () => {
    const error = await resolveTarget('localhost', false).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^localhost does not resolve to public addresses only/);
    expect((error as Error).message).not.toMatch(/127\.0\.0\.1|::1|loopback/);
  });

  it('answers a name that does not resolve exactly like one that resolves to a private address', async () => {
    const missing = await resolveTarget('no-such-host.invalid', false).catch((e: Error) => e.message);
    expect(missing).toBe(
      'no-such-host.invalid does not resolve to public addresses only; set WEBHOOKS_ALLOW_PRIVATE=true to allow private ones',
    );
  });

  it('names an address typed as the host, with its kind', async () => {
    await expect(resolveTarget('[::127.0.0.1]', false)).rejects.toThrow('::127.0.0.1 is a loopback address');
  });
});
