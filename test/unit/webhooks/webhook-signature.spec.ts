import { createHmac } from 'node:crypto';
import { signatureHeader, verifySignature } from '../../../src/webhooks/webhook-signature';
import { messageBody } from '../../../src/webhooks/webhook-message';

describe('webhook signatures', () => {
  const secret = 'It’s a Secret to Everybody';

  it('matches the HMAC-SHA256 example of GitHub’s webhook documentation', () => {
    // docs.github.com "Validating webhook deliveries": secret "It's a Secret to Everybody", payload "Hello, World!"
    expect(signatureHeader("It's a Secret to Everybody", 'Hello, World!')).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });

  it('signs the raw bytes of the body, UTF-8 included', () => {
    const body = messageBody({
      id: 'm1',
      type: 'schedule.published',
      timestamp: '2026-03-01T10:00:00.000Z',
      eventId: 'e1',
      data: { title: 'Café ☕' },
    });
    expect(signatureHeader(secret, body)).toBe(
      `sha256=${createHmac('sha256', secret).update(Buffer.from(body, 'utf8')).digest('hex')}`,
    );
  });

  it('verifies a matching signature and refuses a changed body, another secret or a malformed header', () => {
    const header = signatureHeader(secret, '{"a":1}');
    expect(verifySignature(secret, '{"a":1}', header)).toBe(true);
    expect(verifySignature(secret, '{"a":2}', header)).toBe(false);
    expect(verifySignature('another secret', '{"a":1}', header)).toBe(false);
    expect(verifySignature(secret, '{"a":1}', header.slice(0, -1))).toBe(false);
    expect(verifySignature(secret, '{"a":1}', undefined)).toBe(false);
  });

  it('puts the fields in a fixed order: id, type, timestamp, eventId, data', () => {
    const body = messageBody({
      data: { x: 1 },
      eventId: 'e',
      timestamp: 't',
      type: 'session.changed',
      id: 'i',
    } as never);
    expect(body).toBe('{"id":"i","type":"session.changed","timestamp":"t","eventId":"e","data":{"x":1}}');
  });
});
