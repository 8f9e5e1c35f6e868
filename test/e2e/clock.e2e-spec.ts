import { FixedClock } from '../../src/common/clock/clock';
import { createTestApp, TestApp } from '../create-test-app';
import { buildEvent, buildSession, create } from '../factories/program.factory';

const HOUR = 3_600_000;
const instant = (text: string) => new Date(text).getTime();

describe('The injected clock is the time the services stamp', () => {
  const clock = new FixedClock(new Date('2030-01-15T09:00:00.000Z'));
  let t: TestApp;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    eventId = (await create<{ id: string }>(t.http, '/api/events', buildEvent())).id;
  });
  afterAll(() => t.close());

  it("stamps a new event's createdAt and updatedAt with the clock, not the wall", async () => {
    const event = (await t.http().get(`/api/events/${eventId}`).expect(200)).body;
    expect(instant(event.createdAt)).toBe(clock.now().getTime());
    expect(instant(event.updatedAt)).toBe(clock.now().getTime());
  });

  it("moves a session's updatedAt to the clock's time when one of its presentations changes", async () => {
    const session = await create(t.http, `/api/events/${eventId}/sessions`, buildSession({ type: 'paper-session' }));
    clock.advance(HOUR);
    await create(t.http, `/api/events/${eventId}/sessions/${session.id}/presentations`, {
      title: 'On clocks',
      durationMinutes: 20,
    });
    const after = (await t.http().get(`/api/events/${eventId}/sessions/${session.id}`).expect(200)).body;
    expect(instant(after.updatedAt)).toBe(clock.now().getTime());
  });

  it("stamps the event's updatedAt with the clock after any program write, and a moved session's too", async () => {
    const session = await create(t.http, `/api/events/${eventId}/sessions`, buildSession());
    clock.advance(HOUR);
    const moved = await t
      .http()
      .patch(`/api/events/${eventId}/sessions/${session.id}`)
      .send({ title: 'Moved by the clock', version: session.version })
      .expect(200);
    expect(instant(moved.body.updatedAt)).toBe(clock.now().getTime());
    const event = (await t.http().get(`/api/events/${eventId}`).expect(200)).body;
    expect(instant(event.updatedAt)).toBe(clock.now().getTime());
  });

  it("gives a published version the clock's publishedAt", async () => {
    clock.advance(24 * HOUR);
    const published = (await t.http().post(`/api/events/${eventId}/publish`).expect(200)).body;
    expect(instant(published.publishedVersion.publishedAt)).toBe(clock.now().getTime());
    const listed = (await t.http().get(`/api/events/${eventId}/versions`).expect(200)).body.items;
    expect(instant(listed[0].publishedAt)).toBe(clock.now().getTime());
  });
});
