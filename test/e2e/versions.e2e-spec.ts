import { XMLParser } from 'fast-xml-parser';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { parseCalendar } from '../support/ical';

describe('Published schedule versions and changelogs', () => {
  let t: TestApp;
  let p: Program;
  let keynote: any;
  let workshop: any;
  let panel: any;
  let dropped: any;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
    keynote = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Keynote', roomId: p.roomA.id, speakers: [{ speakerId: p.ada.id }] }),
    );
    workshop = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Workshop',
        roomId: p.roomB.id,
        startsAt: '2026-03-10T11:00:00+01:00',
        endsAt: '2026-03-10T12:00:00+01:00',
      }),
    );
    panel = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Panel',
        roomId: p.roomA.id,
        startsAt: '2026-03-10T14:00:00+01:00',
        endsAt: '2026-03-10T15:00:00+01:00',
      }),
    );
    dropped = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Dropped',
        roomId: p.roomB.id,
        startsAt: '2026-03-11T09:00:00+01:00',
        endsAt: '2026-03-11T10:00:00+01:00',
      }),
    );
  });

  const publish = async (name?: string) =>
    (
      await t
        .http()
        .post(`${p.base}/publish`)
        .send(name ? { name } : {})
        .expect(200)
    ).body;

  async function editAfterVersionOne() {
    await t
      .http()
      .patch(`${p.base}/sessions/${keynote.id}`)
      .send({ startsAt: '2026-03-10T16:00:00+01:00', roomId: p.roomB.id })
      .expect(200);
    await t
      .http()
      .patch(`${p.base}/sessions/${workshop.id}`)
      .send({ endsAt: '2026-03-10T12:30:00+01:00', title: 'Hands-on workshop' })
      .expect(200);
    await t
      .http()
      .patch(`${p.base}/sessions/${panel.id}`)
      .send({ speakers: [{ speakerId: p.grace.id, role: 'moderator' }] })
      .expect(200);
    await t.http().delete(`${p.base}/sessions/${dropped.id}`).expect(204);
    return create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Late addition',
        startsAt: '2026-03-11T15:00:00+01:00',
        endsAt: '2026-03-11T16:00:00+01:00',
      }),
    );
  }

  it('freezes numbered versions; the public keeps seeing the last one until the next publish', async () => {
    const first = await publish();
    expect(first.publishedVersion).toMatchObject({ number: 1, sessionCount: 4 });
    await editAfterVersionOne();
    const publicView = await t.anon().get(`${p.base}/sessions/${keynote.id}`).expect(200);
    expect(publicView.body).toMatchObject({ startsAt: '2026-03-10T09:00:00+01:00', roomId: p.roomA.id });
    await t.anon().get(`${p.base}/sessions/${dropped.id}`).expect(200);
    const organizerView = await t.http().get(`${p.base}/sessions/${keynote.id}`).expect(200);
    expect(organizerView.body.startsAt).toBe('2026-03-10T16:00:00+01:00');

    const second = await publish('Final');
    expect(second.publishedVersion).toMatchObject({ number: 2, name: 'Final', sessionCount: 4 });
    expect((await t.anon().get(`${p.base}/sessions/${keynote.id}`).expect(200)).body.startsAt).toBe(
      '2026-03-10T16:00:00+01:00',
    );
    await t.anon().get(`${p.base}/sessions/${dropped.id}`).expect(404);
    const versions = (await t.anon().get(`${p.base}/versions`).expect(200)).body.items;
    expect(versions.map((v: any) => [v.number, v.name])).toEqual([
      [2, 'Final'],
      [1, undefined],
    ]);
    const v1 = (await t.anon().get(`${p.base}/versions/1`).expect(200)).body;
    expect(v1.sessions.map((s: any) => s.title).sort()).toEqual(['Dropped', 'Keynote', 'Panel', 'Workshop']);
  });

  it('previews and then records the exact changelog with before and after values', async () => {
    await publish();
    const added = await editAfterVersionOne();
    const preview = (await t.http().get(`${p.base}/publish/preview`).expect(200)).body;
    await publish();
    const { changes } = (await t.anon().get(`${p.base}/versions/2/changes`).expect(200)).body;
    expect(preview).toEqual({ nextNumber: 2, changes });
    expect(changes).toEqual({
      added: [
        {
          id: added.id,
          title: 'Late addition',
          startsAt: '2026-03-11T15:00:00+01:00',
          endsAt: '2026-03-11T16:00:00+01:00',
        },
      ],
      removed: [{ id: dropped.id, title: 'Dropped', startsAt: '2026-03-11T09:00:00+01:00', room: 'Room B' }],
      cancelled: [],
      moved: [
        {
          id: keynote.id,
          title: 'Keynote',
          before: { startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T10:00:00+01:00', room: 'Room A' },
          after: { startsAt: '2026-03-10T16:00:00+01:00', endsAt: '2026-03-10T17:00:00+01:00', room: 'Room B' },
        },
      ],
      retimed: [
        {
          id: workshop.id,
          title: 'Hands-on workshop',
          before: { startsAt: '2026-03-10T11:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00' },
          after: { startsAt: '2026-03-10T11:00:00+01:00', endsAt: '2026-03-10T12:30:00+01:00' },
        },
      ],
      renamed: [{ id: workshop.id, title: 'Hands-on workshop', before: 'Workshop', after: 'Hands-on workshop' }],
      speakersChanged: [{ id: panel.id, title: 'Panel', before: [], after: ['Grace Hopper (moderator)'] }],
      otherChanges: [],
    });
    const since = (await t.anon().get(`${p.base}/changes?since=1`).expect(200)).body;
    expect(since).toMatchObject({ number: 2, since: 1, changes });
  });

  it('raises SEQUENCE in feeds only with a publish that moves a session', async () => {
    await publish();
    const uid = `${keynote.id}@test.agenda.example`;
    const before = parseCalendar((await t.anon().get(`${p.base}/calendar.ics`).expect(200)).text).events.find(
      (e) => e.uid === uid,
    )!;
    await t
      .http()
      .patch(`${p.base}/sessions/${keynote.id}`)
      .send({ startsAt: '2026-03-10T16:00:00+01:00' })
      .expect(200);
    await t
      .http()
      .patch(`${p.base}/sessions/${keynote.id}`)
      .send({ startsAt: '2026-03-10T17:00:00+01:00' })
      .expect(200);
    await t
      .http()
      .patch(`${p.base}/sessions/${keynote.id}`)
      .send({ startsAt: '2026-03-10T16:00:00+01:00' })
      .expect(200);
    await publish();
    const after = parseCalendar((await t.anon().get(`${p.base}/calendar.ics`).expect(200)).text).events.find(
      (e) => e.uid === uid,
    )!;
    expect(after.sequence).toBe(before.sequence + 1);
    await t.http().patch(`${p.base}/sessions/${keynote.id}`).send({ abstract: 'Now with an abstract' }).expect(200);
    await publish();
    const reworded = parseCalendar((await t.anon().get(`${p.base}/calendar.ics`).expect(200)).text).events.find(
      (e) => e.uid === uid,
    )!;
    expect(reworded.sequence).toBe(after.sequence);
    expect(Date.parse(reworded.lastModified)).toBeGreaterThan(Date.parse(after.lastModified) - 1);
  });

  it('serves the changelog as an Atom feed, newest version first', async () => {
    await publish();
    await editAfterVersionOne();
    await publish('Final');
    const res = await t.anon().get(`${p.base}/changes.atom`).expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(res.text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry.map((e: any) => e.title)).toEqual(['Version 2 "Final"', 'Version 1']);
    expect(feed.entry[0].content['#text']).toContain(
      'Moved: Keynote: 2026-03-10T09:00:00+01:00, Room A → 2026-03-10T16:00:00+01:00, Room B',
    );
    expect(feed.entry[0].content['#text']).toContain('Removed: Dropped');
  });

  it('keeps the preview and drafts private', async () => {
    await t.anon().get(`${p.base}/versions`).expect(404);
    await publish();
    await t.anon().get(`${p.base}/publish/preview`).expect(401);
    await t.anon().get(`${p.base}/changes?since=5`).expect(400);
  });
});
