import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

const UNKNOWN_ID = '3f1e0c1e-0000-4000-8000-000000000000';

const buildPresentation = (overrides: Record<string, unknown> = {}) => ({
  title: 'On the analytical engine',
  authors: [{ name: 'Charles Babbage' }],
  ...overrides,
});

describe('Presentations', () => {
  let t: TestApp;
  let p: Program;
  let session: any;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
    // 09:00-10:00 Europe/Berlin (+01:00) on the first day
    session = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Paper session', type: 'paper-session' }),
    );
  });

  const presentations = (sessionId = session.id) => `${p.base}/sessions/${sessionId}/presentations`;
  const sessionPath = () => `${p.base}/sessions/${session.id}`;

  describe('create', () => {
    it('creates a presentation with explicit times inside its session', async () => {
      const res = await t
        .http()
        .post(presentations())
        .send(
          buildPresentation({
            startsAt: '2026-03-10T08:15:00Z',
            endsAt: '2026-03-10T08:35:00Z',
            abstract: 'Gears',
          }),
        );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        title: 'On the analytical engine',
        authors: [{ name: 'Charles Babbage' }],
        startsAt: '2026-03-10T09:15:00+01:00',
        endsAt: '2026-03-10T09:35:00+01:00',
        abstract: 'Gears',
        version: 1,
      });
      const stored = await t.http().get(sessionPath());
      expect(stored.body.presentations).toEqual([expect.objectContaining({ id: res.body.id })]);
    });

    it('starts the first presentation given only a duration at the session start and appends the next after it', async () => {
      const first = await t
        .http()
        .post(presentations())
        .send(buildPresentation({ title: 'First', durationMinutes: 20 }));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T09:20:00+01:00' });
      const second = await t
        .http()
        .post(presentations())
        .send(buildPresentation({ title: 'Second', durationMinutes: 15 }));
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ startsAt: '2026-03-10T09:20:00+01:00', endsAt: '2026-03-10T09:35:00+01:00' });
    });

    it('refuses a presentation reaching outside its session', async () => {
      const res = await t
        .http()
        .post(presentations())
        .send(
          buildPresentation({
            startsAt: '2026-03-10T09:45:00+01:00',
            endsAt: '2026-03-10T10:15:00+01:00',
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: ['a presentation must lie inside its session'],
      });
    });

    it('refuses appending a presentation that no longer fits in the session', async () => {
      await create(t.http, presentations(), buildPresentation({ durationMinutes: 50 }));
      const res = await t
        .http()
        .post(presentations())
        .send(buildPresentation({ durationMinutes: 15 }));
      expect(res.status).toBe(400);
    });

    it('refuses a presentation in an unscheduled session', async () => {
      const backlog = await create(t.http, `${p.base}/sessions`, {
        title: 'Backlog',
        type: 'paper-session',
        durationMinutes: 60,
      });
      const res = await t
        .http()
        .post(presentations(backlog.id))
        .send(buildPresentation({ durationMinutes: 20 }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/schedule the session/)]);
    });

    it('refuses a presentation with neither an end nor a duration', async () => {
      const res = await t
        .http()
        .post(presentations())
        .send(buildPresentation({ startsAt: '2026-03-10T09:00:00+01:00' }));
      expect(res.status).toBe(400);
    });

    it("names authors linked to a speaker with the speaker's name", async () => {
      const res = await t
        .http()
        .post(presentations())
        .send(
          buildPresentation({
            durationMinutes: 20,
            authors: [{ speakerId: p.ada.id }, { name: 'Charles Babbage' }],
          }),
        );
      expect(res.status).toBe(201);
      expect(res.body.authors).toEqual([
        { speakerId: p.ada.id, name: 'Ada Lovelace', presenting: true },
        { name: 'Charles Babbage', presenting: false },
      ]);
    });

    it('refuses an unknown speakerId, naming the author', async () => {
      const res = await t
        .http()
        .post(presentations())
        .send(
          buildPresentation({
            durationMinutes: 20,
            authors: [{ name: 'Someone' }, { speakerId: UNKNOWN_ID }],
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^authors\.1\.speakerId /)]));
    });

    it("refuses another event's speaker as an author", async () => {
      const other = await createProgram(t.http);
      const res = await t
        .http()
        .post(presentations())
        .send(buildPresentation({ durationMinutes: 20, authors: [{ speakerId: other.ada.id }] }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^authors\.0\.speakerId /)]));
    });

    it('refuses a missing title and a malformed speakerId, naming each', async () => {
      const res = await t
        .http()
        .post(presentations())
        .send({ durationMinutes: 20, authors: [{ speakerId: 'ada' }] });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(/^title /), expect.stringMatching(/^authors\.0\.speakerId /)]),
      );
    });
  });

  describe('list and get', () => {
    it('lists the presentations in order', async () => {
      const first = await create(t.http, presentations(), buildPresentation({ title: 'A', durationMinutes: 10 }));
      const second = await create(t.http, presentations(), buildPresentation({ title: 'B', durationMinutes: 10 }));
      const res = await t.http().get(presentations());
      expect(res.status).toBe(200);
      expect(res.body.items.map((item: { id: string }) => item.id)).toEqual([first.id, second.id]);
      expect(res.body).toMatchObject({ total: 2, page: 1, limit: 50 });
    });

    it('gets one presentation, and 404 through another session or an unknown session', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 10 }));
      await t.http().get(`${presentations()}/${item.id}`).expect(200);
      const sibling = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          title: 'Other',
          startsAt: '2026-03-10T11:00:00+01:00',
          endsAt: '2026-03-10T12:00:00+01:00',
        }),
      );
      await t
        .http()
        .get(`${presentations(sibling.id)}/${item.id}`)
        .expect(404);
      await t.http().get(presentations(UNKNOWN_ID)).expect(404);
      const bad = await t.http().get(presentations('nope'));
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['sessionId must be a UUID']);
    });
  });

  describe('update', () => {
    it('renames a presentation and bumps its version', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 10 }));
      const res = await t.http().patch(`${presentations()}/${item.id}`).send({ title: 'Renamed' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ title: 'Renamed', version: 2, startsAt: item.startsAt });
    });

    it('moves a presentation given only a new start, keeping its length', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 20 }));
      const res = await t.http().patch(`${presentations()}/${item.id}`).send({ startsAt: '2026-03-10T09:30:00+01:00' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ startsAt: '2026-03-10T09:30:00+01:00', endsAt: '2026-03-10T09:50:00+01:00' });
    });

    it('changes the length given only a duration', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 20 }));
      const res = await t.http().patch(`${presentations()}/${item.id}`).send({ durationMinutes: 45 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T09:45:00+01:00' });
    });

    it('refuses moving a presentation outside its session, changing nothing', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 20 }));
      const res = await t.http().patch(`${presentations()}/${item.id}`).send({ startsAt: '2026-03-10T09:50:00+01:00' });
      expect(res.status).toBe(400);
      const stored = await t.http().get(`${presentations()}/${item.id}`);
      expect(stored.body).toMatchObject({ startsAt: item.startsAt, endsAt: item.endsAt, version: 1 });
    });

    it('refuses null for the required title', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 10 }));
      const res = await t.http().patch(`${presentations()}/${item.id}`).send({ title: null });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['title must not be null']);
    });

    it('answers 412 to a stale If-Match', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 10 }));
      await t.http().patch(`${presentations()}/${item.id}`).set('If-Match', '"1"').send({ title: 'v2' }).expect(200);
      await t.http().patch(`${presentations()}/${item.id}`).set('If-Match', '"1"').send({ title: 'lost' }).expect(412);
    });
  });

  describe('moving the session', () => {
    it('shifts the presentations by the same delta when the session moves', async () => {
      const item = await create(
        t.http,
        presentations(),
        buildPresentation({
          startsAt: '2026-03-10T09:10:00+01:00',
          endsAt: '2026-03-10T09:30:00+01:00',
        }),
      );
      await t.http().patch(sessionPath()).send({ startsAt: '2026-03-11T14:00:00+01:00' }).expect(200);
      const moved = await t.http().get(`${presentations()}/${item.id}`);
      expect(moved.body).toMatchObject({ startsAt: '2026-03-11T14:10:00+01:00', endsAt: '2026-03-11T14:30:00+01:00' });
    });

    it('refuses shrinking the session so that a presentation falls outside, changing nothing', async () => {
      const item = await create(
        t.http,
        presentations(),
        buildPresentation({
          startsAt: '2026-03-10T09:30:00+01:00',
          endsAt: '2026-03-10T10:00:00+01:00',
        }),
      );
      const res = await t.http().patch(sessionPath()).send({ endsAt: '2026-03-10T09:45:00+01:00' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/would lie outside the session/)]);
      const stored = await t.http().get(sessionPath());
      expect(stored.body).toMatchObject({ endsAt: '2026-03-10T10:00:00+01:00', version: 1 });
      expect(stored.body.presentations).toEqual([
        expect.objectContaining({
          id: item.id,
          startsAt: '2026-03-10T09:30:00+01:00',
          endsAt: '2026-03-10T10:00:00+01:00',
        }),
      ]);
    });

    it('refuses unscheduling a session that has presentations', async () => {
      await create(t.http, presentations(), buildPresentation({ durationMinutes: 10 }));
      const res = await t.http().patch(sessionPath()).send({ startsAt: null });
      expect(res.status).toBe(400);
    });
  });

  describe('delete', () => {
    it('deletes a presentation', async () => {
      const item = await create(t.http, presentations(), buildPresentation({ durationMinutes: 10 }));
      await t.http().delete(`${presentations()}/${item.id}`).expect(204);
      await t.http().get(`${presentations()}/${item.id}`).expect(404);
      const list = await t.http().get(presentations());
      expect(list.body.items).toEqual([]);
    });

    it('answers 404 deleting an unknown presentation', async () => {
      await t.http().delete(`${presentations()}/${UNKNOWN_ID}`).expect(404);
    });
  });
});
