import { createHmac } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { WebhookEventType } from '../../src/webhooks/webhook-message';
import { WebhooksService } from '../../src/webhooks/webhooks.service';
import { createTestApp, TestApp } from '../create-test-app';
import { buildEvent, buildSession, create, createProgram } from '../factories/program.factory';
import { createUser, login, withCookie } from '../support/auth';
import { gate, Receiver, startReceiver, waitFor } from '../support/webhook-receiver';

/** Worker settings that keep the spec fast: poll every 20 ms, retry after 50 ms, 3 attempts, 2 s per attempt. */
const FAST = {
  WEBHOOKS_ALLOW_PRIVATE: 'true',
  WEBHOOKS_POLL_MS: '20',
  WEBHOOKS_RETRY_BASE_MS: '50',
  WEBHOOKS_MAX_ATTEMPTS: '3',
  WEBHOOKS_TIMEOUT_MS: '2000',
};
const changelog = {
  version: { number: 2, name: 'Final' },
  changes: { renamed: [{ id: 's1', title: 'Rust ☕', before: 'Rust', after: 'Rust ☕' }] },
};
const hmac = (secret: string, body: Buffer) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** What the publish transaction does: queue a message inside a program write. */
const enqueue = (app: TestApp['app'], base: string, type: WebhookEventType, payload: object) => {
  const eventId = base.split('/').pop()!;
  return app
    .get(UnitOfWork)
    .writeForEvent(eventId, (manager) => app.get(WebhooksService).enqueue(manager, eventId, type, payload));
};

// Each describe block runs its own app and closes it before the next starts: on PostgreSQL they share
// one database, and a worker allowed to reach 127.0.0.1 must not deliver the strict app's messages.
describe('Webhooks', () => {
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  describe('with private receivers allowed', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp(FAST);
    });
    afterAll(() => t.close());

    const newEvent = async () => `/api/events/${(await create(t.http, '/api/events', buildEvent())).id}`;
    const eventIdOf = (base: string) => base.split('/').pop()!;
    const register = (base: string, body: Record<string, unknown>) =>
      create(t.http, `${base}/webhooks`, { url: receiver.url('/hook'), events: ['schedule.published'], ...body });
    const deliveries = async (base: string, hookId: string, query = '') =>
      (await t.http().get(`${base}/webhooks/${hookId}/deliveries${query}`).expect(200)).body.items as any[];

    describe('managing endpoints', () => {
      it('returns a generated signing secret once, at creation, and never again (not even in the audit log)', async () => {
        const base = await newEvent();
        const hook = await register(base, { description: 'Website rebuild' });
        expect(hook).toMatchObject({
          url: receiver.url('/hook'),
          events: ['schedule.published'],
          active: true,
          description: 'Website rebuild',
          version: 1,
        });
        expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
        const read = (await t.http().get(`${base}/webhooks/${hook.id}`).expect(200)).body;
        const list = (await t.http().get(`${base}/webhooks`).expect(200)).body;
        expect(read).toEqual(Object.fromEntries(Object.entries(hook).filter(([key]) => key !== 'secret')));
        expect(list).toEqual([read]);
        const audit = await waitFor('the audit entry', async () => {
          const { items } = (await t.http().get(`${base}/audit`).expect(200)).body;
          return items.find((entry: any) => entry.entity === 'webhooks');
        });
        expect(audit.changes.url).toEqual({ after: hook.url });
        expect(JSON.stringify(audit)).not.toContain(hook.secret);
      });

      it('refuses bad input, naming the field', async () => {
        const base = await newEvent();
        const bad = async (body: object) =>
          (await t.http().post(`${base}/webhooks`).send(body).expect(400)).body.message.join(' | ');
        expect(await bad({ url: receiver.url(), events: ['session.created'] })).toMatch(
          /each value in events must be one of/,
        );
        expect(await bad({ url: receiver.url(), events: [] })).toMatch(/events must contain at least 1 elements/);
        expect(await bad({ url: 'ftp://example.org/hook', events: ['schedule.published'] })).toBe(
          'url must use http or https',
        );
        expect(await bad({ url: 'example.org/hook', events: ['schedule.published'] })).toBe(
          'url must be an absolute http(s) URL',
        );
        expect(await bad({ url: receiver.url(), events: ['schedule.published'], secret: 'short' })).toMatch(
          /secret must be longer than or equal to 16/,
        );
      });

      it('updates with optimistic concurrency, and deletes a webhook with its deliveries', async () => {
        const base = await newEvent();
        const hook = await register(base, {});
        const patched = await t
          .http()
          .patch(`${base}/webhooks/${hook.id}`)
          .set('If-Match', '"1"')
          .send({ events: ['session.changed', 'session.cancelled'], active: false, description: null })
          .expect(200);
        expect(patched.body).toMatchObject({
          events: ['session.changed', 'session.cancelled'],
          active: false,
          version: 2,
        });
        expect(patched.body).not.toHaveProperty('secret');
        await t.http().patch(`${base}/webhooks/${hook.id}`).set('If-Match', '"1"').send({ active: true }).expect(412);
        await t.http().patch(`${base}/webhooks/${hook.id}`).send({ url: null }).expect(400);
        await t.http().delete(`${base}/webhooks/${hook.id}`).expect(204);
        await t.http().get(`${base}/webhooks/${hook.id}`).expect(404);
        await t.http().get(`${base}/webhooks/${hook.id}/deliveries`).expect(404);
      });

      it('belongs to the event’s owners: editors get 403, other events’ ids 404', async () => {
        const base = await newEvent();
        const other = await newEvent();
        const hook = await register(base, {});
        const editor = await createUser(t);
        await t.http().post(`${base}/members`).send({ email: editor.email, role: 'editor' }).expect(201);
        const asEditor = withCookie(t, (await login(t, editor.email, editor.password)).cookie);
        await asEditor().get(`${base}/webhooks`).expect(403);
        await asEditor()
          .post(`${base}/webhooks`)
          .send({ url: receiver.url(), events: ['schedule.published'] })
          .expect(403);
        await t.anon().get(`${base}/webhooks`).expect(404); // a draft is unknown to the public
        await t.http().get(`${other}/webhooks/${hook.id}`).expect(404);
        await t.http().get(`${base}/webhooks/not-a-uuid`).expect(400);
      });
    });

    describe('delivering', () => {
      it('announces each publish with its changelog, and each changed or cancelled session on its own', async () => {
        const p = await createProgram(t.http);
        const all = await register(p.base, {
          url: receiver.url('/publish'),
          events: ['schedule.published', 'session.changed', 'session.cancelled'],
        });
        const keynote = await create(
          t.http,
          `${p.base}/sessions`,
          buildSession({ title: 'Keynote', roomId: p.roomA.id }),
        );
        const talk = await create(
          t.http,
          `${p.base}/sessions`,
          buildSession({
            title: 'Rust',
            roomId: p.roomB.id,
            startsAt: '2026-03-10T11:00:00+01:00',
            endsAt: '2026-03-10T12:00:00+01:00',
          }),
        );
        const published = (await t.http().post(`${p.base}/publish`).send({ name: 'First' }).expect(200)).body
          .publishedVersion;
        const [first] = await waitFor('version 1', () => receiver.to('/publish'));
        expect(first.headers['x-agenda-event']).toBe('schedule.published');
        expect(first.json.data).toEqual({
          version: { number: 1, name: 'First', publishedAt: published.publishedAt },
          changes: (await t.http().get(`${p.base}/versions/1/changes`).expect(200)).body.changes,
        });
        expect(first.json.data.changes.added.map((s: any) => s.title).sort()).toEqual(['Keynote', 'Rust']);
        await t
          .http()
          .patch(`${p.base}/sessions/${talk.id}`)
          .send({ title: 'Rust in production', roomId: p.roomA.id })
          .expect(200);
        await t.http().patch(`${p.base}/sessions/${keynote.id}`).send({ status: 'cancelled' }).expect(200);
        await t.http().post(`${p.base}/publish`).send({}).expect(200);
        await waitFor('version 2', () => receiver.to('/publish').length === 4);
        const byType = (type: string) =>
          receiver
            .to('/publish')
            .slice(1)
            .filter((r) => r.json.type === type)
            .map((r) => r.json.data);
        const changes = (await t.http().get(`${p.base}/versions/2/changes`).expect(200)).body.changes;
        expect(byType('schedule.published')).toEqual([{ version: expect.objectContaining({ number: 2 }), changes }]);
        expect(byType('session.cancelled')).toEqual([
          {
            version: expect.objectContaining({ number: 2 }),
            session: { id: keynote.id, title: 'Keynote' },
            reason: 'cancelled',
          },
        ]);
        expect(byType('session.changed')).toEqual([
          {
            version: expect.objectContaining({ number: 2 }),
            session: { id: talk.id, title: 'Rust in production' },
            changes: {
              moved: {
                before: expect.objectContaining({ room: 'Room B' }),
                after: expect.objectContaining({ room: 'Room A' }),
              },
              renamed: { before: 'Rust', after: 'Rust in production' },
            },
          },
        ]);
        for (const r of receiver.to('/publish'))
          expect(r.headers['x-agenda-signature-256']).toBe(hmac(all.secret, r.body));
      });

      it('POSTs the message to a real receiver, signed with HMAC-SHA256 over the raw body', async () => {
        const base = await newEvent();
        const secret = 'a secret the owner chose';
        const hook = await register(base, { url: receiver.url('/signed'), secret });
        await enqueue(t.app, base, 'schedule.published', changelog);
        const [got] = await waitFor('the delivery', () => receiver.to('/signed'));
        expect(got.method).toBe('POST');
        expect(got.headers['content-type']).toBe('application/json');
        expect(got.headers['x-agenda-signature-256']).toBe(hmac(secret, got.body));
        expect(got.headers['x-agenda-event']).toBe('schedule.published');
        expect(got.json).toEqual({
          id: expect.any(String),
          type: 'schedule.published',
          timestamp: expect.any(String),
          eventId: eventIdOf(base),
          data: changelog,
        });
        expect(Date.now() - Date.parse(got.json.timestamp)).toBeLessThan(60_000);
        const [delivery] = await waitFor('the record', async () =>
          (await deliveries(base, hook.id)).filter((d) => d.status === 'delivered'),
        );
        expect(delivery).toMatchObject({
          id: got.headers['x-agenda-delivery'],
          messageId: got.json.id,
          webhookId: hook.id,
          attempts: 1,
          lastStatus: 204,
        });
        expect(delivery).not.toHaveProperty('lastError');
        const detail = (await t.http().get(`${base}/webhooks/${hook.id}/deliveries/${delivery.id}`).expect(200)).body;
        expect(detail.payload).toEqual(got.json);
      });

      it('queues only for active webhooks subscribed to the type, and nothing when the write rolls back', async () => {
        const base = await newEvent();
        const published = await register(base, { url: receiver.url('/published') });
        const cancelled = await register(base, { url: receiver.url('/cancelled'), events: ['session.cancelled'] });
        const inactive = await register(base, { url: receiver.url('/inactive'), active: false });
        await expect(
          t.app.get(UnitOfWork).writeForEvent(eventIdOf(base), async (manager) => {
            await t.app
              .get(WebhooksService)
              .enqueue(manager, eventIdOf(base), 'schedule.published', { rolledBack: true });
            throw new Error('the publish failed');
          }),
        ).rejects.toThrow('the publish failed');
        await enqueue(t.app, base, 'session.cancelled', { sessionId: 's1' });
        await waitFor('the cancellation', () => receiver.to('/cancelled').length === 1);
        await new Promise((resolve) => setTimeout(resolve, 200)); // a few polls: nothing else may arrive
        expect(receiver.to('/published')).toHaveLength(0);
        expect(receiver.to('/inactive')).toHaveLength(0);
        expect(await deliveries(base, published.id)).toEqual([]);
        expect(await deliveries(base, inactive.id)).toEqual([]);
        expect(await deliveries(base, cancelled.id)).toHaveLength(1);
      });

      it('retries after the receiver answered 500, recording the failed attempt', async () => {
        const base = await newEvent();
        const hook = await register(base, { url: receiver.url('/retry') });
        const second = gate();
        receiver.next(
          '/retry',
          () => 500,
          () => second.promise,
        );
        await enqueue(t.app, base, 'schedule.published', changelog);
        await waitFor('the retry', () => receiver.to('/retry').length === 2);
        const [inFlight] = await deliveries(base, hook.id);
        expect(inFlight).toMatchObject({
          status: 'delivering',
          attempts: 2,
          lastStatus: 500,
          lastError: 'receiver answered 500 Internal Server Error',
        });
        second.open(200);
        const [done] = await waitFor('delivered', async () =>
          (await deliveries(base, hook.id)).filter((d) => d.status === 'delivered'),
        );
        expect(done).toMatchObject({ attempts: 2, lastStatus: 200 });
        expect(done).not.toHaveProperty('lastError');
        const [first, retry] = receiver.to('/retry');
        expect(retry.body.equals(first.body)).toBe(true);
        expect(retry.headers['x-agenda-delivery']).toBe(first.headers['x-agenda-delivery']);
        expect(retry.headers['x-agenda-signature-256']).toBe(hmac(hook.secret, retry.body));
      });

      it('gives up after the last attempt, and redelivers by hand as a new delivery of the same message', async () => {
        const base = await newEvent();
        const hook = await register(base, { url: receiver.url('/gives-up') });
        receiver.next(
          '/gives-up',
          () => 503,
          () => 503,
          () => 503,
        );
        await enqueue(t.app, base, 'schedule.published', changelog);
        const [failed] = await waitFor('giving up', async () => await deliveries(base, hook.id, '?status=failed'));
        expect(failed).toMatchObject({
          status: 'failed',
          attempts: 3,
          lastStatus: 503,
          lastError: 'receiver answered 503 Service Unavailable',
        });
        expect(failed).not.toHaveProperty('nextAttemptAt');
        const hold = gate();
        receiver.next('/gives-up', () => hold.promise);
        const again = await t.http().post(`${base}/webhooks/${hook.id}/deliveries/${failed.id}/redeliver`).expect(202);
        expect(again.body).toMatchObject({
          status: 'pending',
          attempts: 0,
          redeliveryOf: failed.id,
          messageId: failed.messageId,
        });
        await waitFor('the redelivery', () => receiver.to('/gives-up').length === 4);
        await t.http().post(`${base}/webhooks/${hook.id}/deliveries/${again.body.id}/redeliver`).expect(409);
        hold.open(200);
        await waitFor('delivered', async () => (await deliveries(base, hook.id, '?status=delivered')).length === 1);
        const sent = receiver.to('/gives-up');
        expect(sent[3].body.equals(sent[0].body)).toBe(true);
        expect(sent[3].headers['x-agenda-delivery']).toBe(again.body.id);
        expect(sent[3].headers['x-agenda-signature-256']).toBe(hmac(hook.secret, sent[3].body));
        expect((await deliveries(base, hook.id)).map((d) => d.status)).toEqual(['delivered', 'failed']);
      });

      it('answers the organizer at once while a receiver hangs, times the attempt out, and stops once the webhook is disabled', async () => {
        const p = await createProgram(t.http);
        const hook = await register(p.base, { url: receiver.url('/slow') });
        const never = gate();
        receiver.always('/slow', () => never.promise);
        await enqueue(t.app, p.base, 'schedule.published', changelog);
        await waitFor('the slow delivery', () => receiver.to('/slow').length === 1);
        const started = Date.now();
        await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
        await enqueue(t.app, p.base, 'session.changed', {}); // another program write with an enqueue
        const elapsed = Date.now() - started;
        const [waiting] = await deliveries(p.base, hook.id);
        expect(waiting).toMatchObject({ status: 'delivering', attempts: 1 }); // still hanging while the writes were answered
        expect(elapsed).toBeLessThan(1500);
        const [timedOut] = await waitFor('the timeout', async () =>
          (await deliveries(p.base, hook.id)).filter((d) => d.lastError),
        );
        expect(timedOut).toMatchObject({ lastError: 'timed out after 2000 ms' });
        expect(timedOut).not.toHaveProperty('lastStatus');
        // The retry hangs too; disabling the webhook meanwhile ends it after that attempt, without sending again.
        await waitFor('the retry', () => receiver.to('/slow').length === 2);
        await t.http().patch(`${p.base}/webhooks/${hook.id}`).send({ active: false }).expect(200);
        const [stopped] = await waitFor('giving up', async () => await deliveries(p.base, hook.id, '?status=failed'));
        expect(stopped).toMatchObject({
          attempts: 2,
          lastError: 'webhook is disabled; redeliver by hand once it is active again',
        });
        expect(receiver.to('/slow')).toHaveLength(2);
        never.open(200);
      });
    });
  });

  it('refuses loopback, private and link-local receivers unless WEBHOOKS_ALLOW_PRIVATE=true, when registered and when delivering', async () => {
    const strict = await createTestApp({ ...FAST, WEBHOOKS_ALLOW_PRIVATE: 'false', WEBHOOKS_MAX_ATTEMPTS: '1' });
    try {
      const event = await create(strict.http, '/api/events', buildEvent());
      const base = `/api/events/${event.id}`;
      const refusal = async (url: string) =>
        (
          await strict
            .http()
            .post(`${base}/webhooks`)
            .send({ url, events: ['schedule.published'] })
            .expect(400)
        ).body.message[0];
      expect(await refusal(receiver.url('/strict'))).toMatch(/^url refused: 127\.0\.0\.1 is a loopback address/);
      // a host name's refusal does not echo what it resolved to
      const named = await refusal('http://localhost:8080/');
      expect(named).toMatch(/^url refused: localhost does not resolve to public addresses only/);
      expect(named).not.toMatch(/127\.0\.0\.1|::1|loopback/);
      expect(await refusal('http://[::1]/')).toMatch(/::1 is a loopback address/);
      expect(await refusal('http://169.254.169.254/latest/meta-data/')).toMatch(
        /169\.254\.169\.254 is a link-local address/,
      );
      expect(await refusal('https://10.0.0.7/hook')).toMatch(/10\.0\.0\.7 is a private address/);
      expect(await refusal('http://[::ffff:192.168.1.1]/')).toMatch(/private address/);
      expect(await refusal('http://0.0.0.0:3000/')).toMatch(/unspecified address/);
      expect(await refusal('http://[::127.0.0.1]/')).toMatch(/loopback address/);
      // A name that pointed elsewhere at registration and resolves to loopback now: checked again at delivery.
      await strict.dataSource.query(
        `INSERT INTO webhooks (id, event_id, url, events, secret, active, version, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000001', $1, $2, '["schedule.published"]', 'a secret the owner chose', $3, 1, 0, 0)`.replace(
          /\$(\d)/g,
          (_, n) => (strict.config.database.kind === 'postgres' ? `$${n}` : '?'),
        ),
        [event.id, `http://localhost:${new URL(receiver.url()).port}/strict`, true],
      );
      await enqueue(strict.app, base, 'schedule.published', changelog);
      const { items } = await waitFor('the refusal', async () => {
        const body = (
          await strict.http().get(`${base}/webhooks/00000000-0000-4000-8000-000000000001/deliveries`).expect(200)
        ).body;
        return body.items[0]?.status === 'failed' && body;
      });
      expect(items[0]).toMatchObject({
        attempts: 1,
        lastError: expect.stringMatching(/^localhost does not resolve to public addresses only/),
      });
      expect(receiver.to('/strict')).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });

  it('delivers after a restart what was queued or in flight when the app stopped', async () => {
    const first = await createTestApp({ ...FAST, WEBHOOKS_CONCURRENCY: '1' });
    const event = await create(first.http, '/api/events', buildEvent());
    const base = `/api/events/${event.id}`;
    const hook = await create(first.http, `${base}/webhooks`, {
      url: receiver.url('/restart'),
      events: ['schedule.published'],
    });
    const held = gate();
    receiver.next('/restart', () => held.promise);
    await enqueue(first.app, base, 'schedule.published', { n: 1 });
    await waitFor('the first attempt', () => receiver.to('/restart').length === 1);
    await enqueue(first.app, base, 'schedule.published', { n: 2 }); // waits: one delivery at a time
    await first.app.close(); // aborts the attempt in flight and puts it back
    held.open(200);
    const path = first.config.database.path;
    const second = await instance(path);
    try {
      await waitFor('both after the restart', () => receiver.to('/restart').length === 3);
      const sent = receiver.to('/restart').map((r) => r.json.data.n);
      expect(sent.sort()).toEqual([1, 1, 2]);
      for (const r of receiver.to('/restart'))
        expect(r.headers['x-agenda-signature-256']).toBe(hmac(hook.secret, r.body));
      const http = () =>
        request(second.getHttpServer())
          .get(`${base}/webhooks/${hook.id}/deliveries`)
          .set('Authorization', `Bearer ${first.adminToken}`);
      const { items } = (
        await waitFor('recorded', async () => {
          const res = await http().expect(200);
          return res.body.items.every((d: any) => d.status === 'delivered') && res;
        })
      ).body;
      expect(items.map((d: any) => d.attempts)).toEqual([1, 1]); // the aborted attempt does not count
    } finally {
      await second.close();
      if (path !== ':memory:') rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  it('delivers each message once when two instances share the database', async () => {
    const quiet = await createTestApp({ ...FAST, WEBHOOKS_POLL_MS: '0' }); // queues only
    const event = await create(quiet.http, '/api/events', buildEvent());
    const base = `/api/events/${event.id}`;
    const hook = await create(quiet.http, `${base}/webhooks`, {
      url: receiver.url('/instances'),
      events: ['session.changed'],
    });
    await quiet.app.get(UnitOfWork).writeForEvent(event.id, async (manager) => {
      for (let n = 0; n < 24; n += 1)
        await quiet.app.get(WebhooksService).enqueue(manager, event.id, 'session.changed', { n });
    });
    receiver.always('/instances', () => new Promise((resolve) => setTimeout(() => resolve(200), 30)));
    const path = quiet.config.database.path;
    await quiet.app.close();
    const workers = await Promise.all([instance(path), instance(path)]);
    try {
      await waitFor('every message', () => receiver.to('/instances').length >= 24);
      // Each delivery is marked delivered after its answer arrives: wait until all 24 are recorded.
      const body = await waitFor('every delivery recorded', async () => {
        const res = await request(workers[0].getHttpServer())
          .get(`${base}/webhooks/${hook.id}/deliveries?status=delivered&limit=100`)
          .set('Authorization', `Bearer ${quiet.adminToken}`)
          .expect(200);
        return res.body.total === 24 && res.body;
      });
      await new Promise((resolve) => setTimeout(resolve, 200)); // a few more polls: no duplicates may follow
      const sent = receiver.to('/instances').map((r) => r.json.data.n as number);
      expect(sent.sort((x, y) => x - y)).toEqual([...Array(24).keys()]); // each once
      expect(body.items.every((d: any) => d.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(workers.map((app) => app.close()));
      if (path !== ':memory:') rmSync(dirname(path), { recursive: true, force: true });
    }
  });
});

/** Another app on an existing database (what a restart or a second instance is). */
function instance(path: string, env: Record<string, string> = {}) {
  return createApp(
    loadConfig({ ...FAST, DATABASE_PATH: path, DATABASE_URL: process.env.DATABASE_URL, SEED_DEMO: 'false', ...env }),
    { logger: ['error'] },
  );
}
