import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

type Listed = { id: string; title: string };

describe('Session list filters', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const addSession = (overrides: Record<string, unknown>, program: Program = p) =>
    create(t.http, `${program.base}/sessions`, buildSession(overrides));
  /** Sessions listed for a query string, as ids. */
  const listed = async (query: string, program: Program = p): Promise<string[]> => {
    const res = await t.http().get(`${program.base}/sessions?${query}`);
    expect(res.status).toBe(200);
    return res.body.items.map((item: Listed) => item.id);
  };
  /** Berlin (+01:00) hour on the first day, as a [startsAt, endsAt] pair one hour long. */
  const at = (hour: number, day = '2026-03-10') => ({
    startsAt: `${day}T${String(hour).padStart(2, '0')}:00:00+01:00`,
    endsAt: `${day}T${String(hour + 1).padStart(2, '0')}:00:00+01:00`,
  });

  describe('day', () => {
    it("uses the event's time zone: 23:30 local on day 1 (the next UTC day) is listed under day 1 only", async () => {
      const ny = await createProgram(t.http, {
        timezone: 'America/New_York',
        startDate: '2026-03-10',
        endDate: '2026-03-11',
      });
      const late = await addSession(
        { title: 'Late night', startsAt: '2026-03-10T23:30:00-04:00', endsAt: '2026-03-11T00:30:00-04:00' },
        ny,
      );
      const morning = await addSession(
        { title: 'Morning', startsAt: '2026-03-11T09:00:00-04:00', endsAt: '2026-03-11T10:00:00-04:00' },
        ny,
      );
      expect(late.startsAt).toBe('2026-03-10T23:30:00-04:00');

      expect(await listed('day=2026-03-10', ny)).toEqual([late.id]);
      expect(await listed('day=2026-03-11', ny)).toEqual([morning.id]);
    });

    it('holds across a daylight-saving change (a 23-hour day)', async () => {
      const ny = await createProgram(t.http, {
        timezone: 'America/New_York',
        startDate: '2026-03-07',
        endDate: '2026-03-09',
      });
      // 2026-03-08 starts at -05:00 and ends at -04:00
      const early = await addSession(
        { title: 'Before the change', startsAt: '2026-03-08T00:30:00-05:00', endsAt: '2026-03-08T01:30:00-05:00' },
        ny,
      );
      const late = await addSession(
        { title: 'After the change', startsAt: '2026-03-08T23:00:00-04:00', endsAt: '2026-03-08T23:45:00-04:00' },
        ny,
      );
      const next = await addSession(
        { title: 'Next day', startsAt: '2026-03-09T00:00:00-04:00', endsAt: '2026-03-09T00:30:00-04:00' },
        ny,
      );

      expect(await listed('day=2026-03-08', ny)).toEqual([early.id, late.id]);
      expect(await listed('day=2026-03-09', ny)).toEqual([next.id]);
      expect(await listed('day=2026-03-07', ny)).toEqual([]);
    });

    it('leaves unscheduled sessions out of any day', async () => {
      await create(t.http, `${p.base}/sessions`, { title: 'Backlog', type: 'talk', durationMinutes: 30 });
      const scheduled = await addSession(at(9));
      expect(await listed('day=2026-03-10')).toEqual([scheduled.id]);
    });
  });

  describe('references and enums', () => {
    it('filters by track', async () => {
      const inTrack = await addSession({ ...at(9), trackId: p.track.id });
      await addSession(at(10));
      expect(await listed(`track=${p.track.id}`)).toEqual([inTrack.id]);
    });

    it('filters by room', async () => {
      const inA = await addSession({ ...at(9), roomId: p.roomA.id });
      await addSession({ ...at(9), roomId: p.roomB.id });
      expect(await listed(`room=${p.roomA.id}`)).toEqual([inA.id]);
    });

    it('filters by speaker, whatever their role', async () => {
      const talk = await addSession({ ...at(9), speakers: [{ speakerId: p.ada.id }] });
      const panel = await addSession({
        ...at(10),
        speakers: [{ speakerId: p.grace.id }, { speakerId: p.ada.id, role: 'moderator' }],
      });
      await addSession({ ...at(11), speakers: [{ speakerId: p.grace.id }] });
      expect(await listed(`speaker=${p.ada.id}`)).toEqual([talk.id, panel.id]);
    });

    it('filters by type', async () => {
      const keynote = await addSession({ ...at(9), type: 'keynote' });
      await addSession({ ...at(10), type: 'talk' });
      expect(await listed('type=keynote')).toEqual([keynote.id]);
    });

    it('filters by status', async () => {
      await addSession(at(9));
      const tentative = await addSession({ ...at(10), status: 'tentative' });
      expect(await listed('status=tentative')).toEqual([tentative.id]);
    });

    it('combines filters with AND', async () => {
      const match = await addSession({ ...at(9), type: 'workshop', trackId: p.track.id });
      await addSession({ ...at(10), type: 'workshop' });
      await addSession({ ...at(11), type: 'talk', trackId: p.track.id });
      expect(await listed(`type=workshop&track=${p.track.id}`)).toEqual([match.id]);
    });

    it('answers an empty page for a well-formed id of nothing', async () => {
      await addSession({ ...at(9), roomId: p.roomA.id });
      expect(await listed('room=3f1e0c1e-0000-4000-8000-000000000000')).toEqual([]);
    });
  });

  describe('q', () => {
    it('matches the title case-insensitively', async () => {
      const match = await addSession({ ...at(9), title: 'Rust for Kernel Hackers' });
      await addSession({ ...at(10), title: 'Go in production' });
      expect(await listed('q=KERNEL')).toEqual([match.id]);
    });

    it('matches the abstract and the subtitle', async () => {
      const byAbstract = await addSession({ ...at(9), title: 'One', abstract: 'All about Quantum annealing' });
      const bySubtitle = await addSession({ ...at(10), title: 'Two', subtitle: 'quantum for beginners' });
      await addSession({ ...at(11), title: 'Three', abstract: 'Classical' });
      expect(await listed('q=quantum')).toEqual([byAbstract.id, bySubtitle.id]);
    });

    it('treats % and _ literally', async () => {
      const percent = await addSession({ ...at(9), title: 'Reaching 100% coverage' });
      await addSession({ ...at(10), title: 'Reaching 1000 users' });
      const underscore = await addSession({ ...at(11), title: 'snake_case names' });
      await addSession({ ...at(12), title: 'snakeXcase names' });
      expect(await listed(`q=${encodeURIComponent('100%')}`)).toEqual([percent.id]);
      expect(await listed('q=e_c')).toEqual([underscore.id]);
    });
  });

  describe('page and limit', () => {
    it('pages through the sessions in time order with the total', async () => {
      const sessions = [];
      for (const hour of [9, 10, 11, 12, 13]) sessions.push(await addSession(at(hour)));
      const res = await t.http().get(`${p.base}/sessions?page=2&limit=2`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 5, page: 2, limit: 2 });
      expect(res.body.items.map((item: Listed) => item.id)).toEqual([sessions[2].id, sessions[3].id]);
      const last = await t.http().get(`${p.base}/sessions?page=3&limit=2`);
      expect(last.body.items.map((item: Listed) => item.id)).toEqual([sessions[4].id]);
    });

    it('counts only the filtered sessions in the total', async () => {
      await addSession({ ...at(9), type: 'keynote' });
      await addSession({ ...at(10), type: 'keynote' });
      await addSession({ ...at(11), type: 'talk' });
      const res = await t.http().get(`${p.base}/sessions?type=keynote&limit=1`);
      expect(res.body).toMatchObject({ total: 2, page: 1, limit: 1 });
      expect(res.body.items).toHaveLength(1);
    });

    it('defaults to page 1 with 50 per page', async () => {
      const res = await t.http().get(`${p.base}/sessions`);
      expect(res.body).toMatchObject({ items: [], total: 0, page: 1, limit: 50 });
    });
  });

  describe('invalid values', () => {
    it.each([
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['page=0', 'page'],
      ['day=2026-13-01', 'day'],
      ['day=tomorrow', 'day'],
      ['track=x', 'track'],
      ['room=x', 'room'],
      ['speaker=x', 'speaker'],
      ['type=rave', 'type'],
      ['status=maybe', 'status'],
    ])('refuses %s with 400 naming %s', async (query, field) => {
      const res = await t.http().get(`${p.base}/sessions?${query}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field} `))]));
    });

    it('refuses unknown query parameters', async () => {
      const res = await t.http().get(`${p.base}/sessions?colour=red`);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([
        expect.stringMatching(/^unknown query parameter\(s\): colour; this operation takes /),
      ]);
    });
  });
});
