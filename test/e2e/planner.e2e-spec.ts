import { createTestApp, TestApp } from '../create-test-app';
import { buildBacklogSession, createPlannerProgram, PlannerProgram, plannerAt } from '../factories/planner.factory';
import { buildSession, create } from '../factories/program.factory';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('Planner: proposals', () => {
  let p: PlannerProgram;

  beforeEach(async () => {
    p = await createPlannerProgram(t.http);
  });

  const backlog = (overrides: Record<string, unknown>) =>
    create(t.http, `${p.base}/sessions`, buildBacklogSession(overrides));
  const propose = (body: object = {}) =>
    t
      .http()
      .post(`${p.base}/schedule/proposals`)
      .send({ seed: 1, ...body });
  const overlaps = (a: any, b: any) =>
    Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

  it('proposes a valid place for every backlog session without changing the program, and applies it in one go', async () => {
    const keynote = await backlog({ title: 'Keynote', type: 'keynote', speakers: [{ speakerId: p.grace.id }] });
    const big = await backlog({ title: 'Popular talk', expectedAttendance: 80 });
    const ada = [];
    for (const n of [1, 2, 3])
      ada.push(await backlog({ title: `Ada ${n}`, trackId: p.track.id, speakers: [{ speakerId: p.ada.id }] }));
    const workshop = await backlog({ title: 'Workshop', type: 'workshop', durationMinutes: 120 });
    const { programVersion } = (await t.http().get(`/api/events/${p.eventId}`).expect(200)).body;

    const res = await propose();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      eventId: p.eventId,
      programVersion,
      status: 'open',
      score: { attendeeClashes: 0 },
    });
    const placements: any[] = res.body.placements;
    expect(placements.map((x) => x.sessionId).sort()).toEqual(
      [keynote.id, big.id, ...ada.map((s) => s.id), workshop.id].sort(),
    );
    const of = (session: any) => placements.find((x) => x.sessionId === session.id);
    expect(of(keynote)).toMatchObject({
      slotId: p.slots.plenary.id,
      startsAt: '2026-03-11T09:00:00+01:00',
      endsAt: '2026-03-11T10:00:00+01:00',
    });
    expect(of(big)).toMatchObject({ roomId: p.roomA.id, roomName: 'Room A' });
    expect(of(big).reasons).toContain('Room A: capacity 100 ≥ expected 80; too small: Room B 30');
    expect(of(workshop)).toMatchObject({
      slotId: p.slots.first.id,
      startsAt: plannerAt(10, '09:00'),
      endsAt: plannerAt(10, '11:00'),
    });
    const adaTimes = ada.map((s) => of(s).startsAt).sort();
    expect(adaTimes).toEqual([plannerAt(10, '09:00'), plannerAt(10, '10:00'), plannerAt(10, '11:30')]);
    expect(new Set(ada.map((s) => of(s).roomId)).size).toBe(1); // one track, one room
    for (const a of placements)
      for (const b of placements) if (a !== b && a.roomId === b.roomId) expect(overlaps(a, b)).toBe(false);
    for (const x of placements) expect(x.reasons.length).toBeGreaterThan(1);

    const before = (await t.http().get(`${p.base}/sessions`).expect(200)).body.items;
    expect(before.every((s: any) => s.startsAt === undefined)).toBe(true);

    const applied = await t.http().post(`${p.base}/schedule/proposals/${res.body.id}/apply`).expect(200);
    expect(applied.body.moved).toHaveLength(6);
    expect(applied.body.programVersion).toBe(programVersion + 1);
    const after = (await t.http().get(`${p.base}/sessions`).expect(200)).body.items;
    for (const placement of placements) {
      expect(after.find((s: any) => s.id === placement.sessionId)).toMatchObject({
        startsAt: placement.startsAt,
        endsAt: placement.endsAt,
        roomId: placement.roomId,
        slotId: placement.slotId,
        version: 2,
      });
    }
    const conflicts = (await t.http().get(`${p.base}/conflicts`).expect(200)).body;
    expect(conflicts.counts.hard).toBe(0);

    const again = await t.http().post(`${p.base}/schedule/proposals/${res.body.id}/apply`).expect(409);
    expect(again.body.message).toEqual(['this proposal was already applied']);
    expect((await t.http().get(`${p.base}/schedule/proposals/${res.body.id}`).expect(200)).body.status).toBe('applied');
  });

  it('refuses to apply a proposal once the program has changed (409), changing nothing', async () => {
    const talk = await backlog({ title: 'Talk' });
    const res = await propose().expect(201);
    await t.http().patch(`${p.base}/sessions/${talk.id}`).send({ title: 'Renamed talk' }).expect(200);

    const stale = await t.http().post(`${p.base}/schedule/proposals/${res.body.id}/apply`).expect(409);
    expect(stale.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      proposalVersion: res.body.programVersion,
      programVersion: res.body.programVersion + 1,
    });
    expect(stale.body.message[0]).toMatch(/^the program changed since this proposal was made/);
    expect((await t.http().get(`${p.base}/sessions/${talk.id}`).expect(200)).body.startsAt).toBeUndefined();
    expect((await t.http().get(`${p.base}/schedule/proposals/${res.body.id}`).expect(200)).body.status).toBe('stale');
  });

  it('re-plans sessions that are not pinned, keeps pinned ones, and moves presentations with their session', async () => {
    const pinned = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Pinned',
        roomId: p.roomA.id,
        startsAt: plannerAt(10, '09:00'),
        endsAt: plannerAt(10, '10:00'),
        pinned: true,
      }),
    );
    // off the grid: 09:15 is no slot start, so the planner must move it
    const paper = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Paper session',
        type: 'paper-session',
        roomId: p.roomA.id,
        startsAt: plannerAt(10, '10:15'),
        endsAt: plannerAt(10, '11:15'),
      }),
    );
    await create(t.http, `${p.base}/sessions/${paper.id}/presentations`, {
      title: 'Second paper',
      authors: [{ name: 'A. Author' }],
      startsAt: plannerAt(10, '10:45'),
      endsAt: plannerAt(10, '11:15'),
    });
    const res = await propose({ scope: 'unpinned' }).expect(201);
    expect(res.body.placements.map((x: any) => x.sessionId)).toEqual([paper.id]);
    const [placement] = res.body.placements;
    expect(placement).toMatchObject({
      moves: true,
      current: { startsAt: plannerAt(10, '10:15'), endsAt: plannerAt(10, '11:15') },
    });

    await t.http().post(`${p.base}/schedule/proposals/${res.body.id}/apply`).expect(200);
    const moved = (await t.http().get(`${p.base}/sessions/${paper.id}`).expect(200)).body;
    expect(moved).toMatchObject({ startsAt: placement.startsAt, endsAt: placement.endsAt });
    const shift = Date.parse(placement.startsAt) - Date.parse(plannerAt(10, '10:15'));
    expect(Date.parse(moved.presentations[0].startsAt)).toBe(Date.parse(plannerAt(10, '10:45')) + shift);
    expect((await t.http().get(`${p.base}/sessions/${pinned.id}`).expect(200)).body).toMatchObject({
      startsAt: plannerAt(10, '09:00'),
      version: 1,
    });
  });

  it('answers 422 naming the session and the constraint when no valid schedule exists, and stores nothing', async () => {
    await backlog({ title: 'Huge talk', expectedAttendance: 500 });
    const res = await propose().expect(422);
    expect(res.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity', proven: true });
    expect(res.body.message).toContain(
      '"Huge talk" cannot be placed: it needs a room for 500 attendees; the largest chosen room, Room A, holds 100',
    );
    expect(res.body.unplaceable).toEqual([expect.objectContaining({ title: 'Huge talk' })]);
    expect(await t.dataSource.query(`SELECT id FROM schedule_proposals WHERE event_id = '${p.eventId}'`)).toEqual([]);
  });

  it('gives the same proposal for the same seed', async () => {
    for (const n of [1, 2, 3, 4]) await backlog({ title: `Talk ${n}`, trackId: n % 2 ? p.track.id : undefined });
    const first = (await propose({ seed: 7 }).expect(201)).body.placements;
    const second = (await propose({ seed: 7 }).expect(201)).body.placements;
    expect(second).toEqual(first);
  });

  it('checks its options: unknown rooms are a 400, callers without write access cannot propose', async () => {
    const res = await propose({ roomIds: ['00000000-0000-4000-8000-000000000000'], timeLimitMs: 10 });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['timeLimitMs must not be less than 100']);
    const unknownRoom = await propose({ roomIds: ['00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(unknownRoom.body.message).toEqual(['roomIds refers to an unknown id in this event']);
    await t.anon().post(`${p.base}/schedule/proposals`).send({}).expect(404); // a draft is unknown to outsiders
  });
});

describe('Planner: conflict report', () => {
  let p: PlannerProgram;
  const session = (overrides: Record<string, unknown>) => create(t.http, `${p.base}/sessions`, buildSession(overrides));

  it('lists every hard and soft conflict with its sessions and severity, attendee clashes with their count', async () => {
    p = await createPlannerProgram(t.http);
    const linus = await create(t.http, `${p.base}/speakers`, {
      name: 'Linus',
      availability: [{ startsAt: plannerAt(10, '14:00'), endsAt: plannerAt(10, '18:00') }],
    });
    const opening = await session({
      title: 'Opening',
      roomId: p.roomA.id,
      trackId: p.track.id,
      speakers: [{ speakerId: p.ada.id }],
      startsAt: plannerAt(10, '09:00'),
      endsAt: plannerAt(10, '10:00'),
    });
    const parallel = await session({
      title: 'Parallel',
      roomId: p.roomB.id,
      trackId: p.track.id,
      expectedAttendance: 80,
      startsAt: plannerAt(10, '09:00'),
      endsAt: plannerAt(10, '10:00'),
    });
    const late = await session({
      title: 'Late',
      roomId: p.roomA.id,
      startsAt: plannerAt(10, '10:30'),
      endsAt: plannerAt(10, '11:30'),
    });
    const early = await session({
      title: 'Too early for Linus',
      roomId: p.roomB.id,
      speakers: [{ speakerId: linus.id }],
      startsAt: plannerAt(10, '10:00'),
      endsAt: plannerAt(10, '11:00'),
    });
    const imported = await session({
      title: 'Imported',
      roomId: p.roomA.id,
      speakers: [{ speakerId: p.ada.id }],
      startsAt: plannerAt(10, '12:30'),
      endsAt: plannerAt(10, '13:30'),
    });
    await t.http().post(`${p.base}/publish`).expect(200);
    for (let k = 0; k < 3; k++)
      await t
        .anon()
        .post(`${p.base}/agendas`)
        .send({ sessionIds: [opening.id, parallel.id] })
        .expect(201);
    await t
      .anon()
      .post(`${p.base}/agendas`)
      .send({ sessionIds: [parallel.id, imported.id, late.id] })
      .expect(201);
    // An import can leave double bookings that the REST API refuses: write one the way an import does.
    const [start, end] = [Date.parse(plannerAt(10, '09:30')), Date.parse(plannerAt(10, '10:30'))];
    await t.dataSource.query(`UPDATE sessions SET starts_at = ${start}, ends_at = ${end} WHERE id = '${imported.id}'`);

    const res = await t.http().get(`${p.base}/conflicts`).expect(200);
    expect(res.body).toMatchObject({
      eventId: p.eventId,
      agendaCount: 4,
      agendaThreshold: 2,
      counts: {
        hard: 2,
        soft: 5,
        byKind: { room: 1, speaker: 1, track: 1, capacity: 1, break: 1, availability: 1, attendees: 1 },
      },
    });
    const find = (kind: string) => res.body.conflicts.find((c: any) => c.kind === kind);
    const ids = (kind: string) =>
      find(kind)
        .sessions.map((s: any) => s.id)
        .sort();
    expect(find('room')).toMatchObject({
      hard: true,
      severity: 'error',
      roomId: p.roomA.id,
      overlapStart: plannerAt(10, '09:30'),
      overlapEnd: plannerAt(10, '10:00'),
    });
    expect(ids('room')).toEqual([opening.id, imported.id].sort());
    expect(find('speaker')).toMatchObject({
      hard: true,
      severity: 'error',
      speakerId: p.ada.id,
      message: 'speaker Ada Lovelace is in "Opening" and "Imported" at the same time',
    });
    expect(find('track')).toMatchObject({ hard: false, severity: 'warning', trackId: p.track.id });
    expect(ids('track')).toEqual([opening.id, parallel.id].sort());
    expect(find('capacity')).toMatchObject({
      severity: 'warning',
      roomId: p.roomB.id,
      sessions: [expect.objectContaining({ id: parallel.id })],
    });
    expect(find('break')).toMatchObject({
      slotId: p.slots.lunch.id,
      sessions: [expect.objectContaining({ id: late.id })],
      overlapStart: plannerAt(10, '11:00'),
    });
    expect(find('availability')).toMatchObject({
      speakerId: linus.id,
      sessions: [expect.objectContaining({ id: early.id })],
    });
    expect(find('attendees')).toMatchObject({
      hard: false,
      severity: 'warning',
      agendas: 3,
      message: '3 agendas starred both "Opening" and "Parallel", which run at the same time',
    });
    expect(res.body.conflicts[0].kind).toBe('room'); // hard conflicts first

    const all = await t.http().get(`${p.base}/conflicts?minAgendas=1`).expect(200);
    const attendeeClashes = all.body.conflicts.filter((c: any) => c.kind === 'attendees');
    expect(attendeeClashes.map((c: any) => c.agendas)).toEqual([3, 1]);
    expect(attendeeClashes[1].sessions.map((s: any) => s.id).sort()).toEqual([parallel.id, imported.id].sort());

    await t.anon().get(`${p.base}/conflicts`).expect(401);
    await t.http().get(`${p.base}/conflicts?minAgendas=0`).expect(400);
  });
});
