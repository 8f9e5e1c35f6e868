import { ADMIN, TestApp } from '../create-test-app';
import { create } from '../factories/program.factory';

/** PUBLIC_BASE_URL of createTestApp: the origin cookie-authenticated writes must come from. */
export const OWN_ORIGIN = 'https://agenda.example';

export interface FuzzProgram {
  eventId: string;
  roomId: string;
  trackId: string;
  speakerId: string;
  slotId: string;
  sessionId: string;
  presentationId: string;
  /** Every id of this event, for "a real id, wrong place" mutations. */
  ids: string[];
}

/** Everything the fuzz cases aim at: a target event, a foreign one, credentials and valid documents to mutate. */
export interface FuzzFixture {
  target: FuzzProgram;
  foreign: FuzzProgram;
  adminCookie: string;
  readOnlyToken: string;
  foreignToken: string;
  memberUserId: string;
  agendaToken: string;
  documents: { csv: string; backup: unknown; scheduleXml: string; scheduleJson: string };
}

/**
 * The target event spans the spring-forward night in Europe/Berlin (29 March 2026), so local
 * times of the DST gap fall inside its days. It is published, with an agenda, a member and a
 * paper session with a presentation.
 */
async function createFuzzProgram(t: TestApp, name: string): Promise<FuzzProgram> {
  const http = t.http;
  const event = await create(http, '/api/events', {
    name,
    timezone: 'Europe/Berlin',
    startDate: '2026-03-28',
    endDate: '2026-03-30',
    venue: 'Hall',
  });
  const base = `/api/events/${event.id}`;
  const room = await create(http, `${base}/rooms`, { name: 'Room A', capacity: 80 });
  await create(http, `${base}/rooms`, { name: 'Room B', capacity: 20 });
  const track = await create(http, `${base}/tracks`, { name: 'Security', color: '#3366ff' });
  const speaker = await create(http, `${base}/speakers`, {
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    availability: [{ startsAt: '2026-03-28T08:00:00+01:00', endsAt: '2026-03-28T18:00:00+01:00' }],
  });
  const slot = await create(http, `${base}/slots`, {
    startsAt: '2026-03-28T09:00:00+01:00',
    endsAt: '2026-03-28T10:30:00+01:00',
    kind: 'parallel',
  });
  const session = await create(http, `${base}/sessions`, {
    title: 'Paper session',
    type: 'paper-session',
    roomId: room.id,
    trackId: track.id,
    startsAt: '2026-03-28T09:00:00+01:00',
    endsAt: '2026-03-28T10:00:00+01:00',
    speakers: [{ speakerId: speaker.id, role: 'chair' }],
  });
  const presentation = await create(http, `${base}/sessions/${session.id}/presentations`, {
    title: 'A paper',
    authors: [{ speakerId: speaker.id }, { name: 'Charles Babbage' }],
    startsAt: '2026-03-28T09:00:00+01:00',
    endsAt: '2026-03-28T09:20:00+01:00',
  });
  await create(http, `${base}/sessions`, { title: 'Backlog idea', type: 'workshop', durationMinutes: 90 });
  await create(http, `${base}/sessions`, {
    title: 'Night owls',
    type: 'social',
    roomId: room.id,
    startsAt: '2026-03-29T01:30:00+01:00',
    endsAt: '2026-03-29T03:30:00+02:00',
  });
  const ids = [event.id, room.id, track.id, speaker.id, slot.id, session.id, presentation.id];
  return {
    eventId: event.id,
    roomId: room.id,
    trackId: track.id,
    speakerId: speaker.id,
    slotId: slot.id,
    sessionId: session.id,
    presentationId: presentation.id,
    ids,
  };
}

function ok<R extends { status: number; text: string }>(response: R, expected: number, what: string): R {
  if (response.status !== expected) throw new Error(`${what} -> ${response.status} ${response.text?.slice(0, 300)}`);
  return response;
}

export async function createFuzzFixture(t: TestApp): Promise<FuzzFixture> {
  const target = await createFuzzProgram(t, 'Fuzz Target Conference');
  const foreign = await createFuzzProgram(t, 'Someone Else Conference');
  const base = `/api/events/${target.eventId}`;
  ok(await t.http().post(`${base}/publish`).send({}), 200, 'publish');
  const login = ok(
    await t.anon().post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password }),
    200,
    'login',
  );
  const adminCookie = (login.headers['set-cookie'] as unknown as string[]).map((line) => line.split(';')[0]).join('; ');
  const asCookie = () => t.anon().set('Cookie', adminCookie).set('Origin', OWN_ORIGIN);
  const readOnly = ok(
    await asCookie()
      .post('/api/tokens')
      .send({ name: 'read only', scopes: ['read'] }),
    201,
    'read-only token',
  );
  const bound = ok(
    await asCookie()
      .post('/api/tokens')
      .send({ name: 'bound', scopes: ['read', 'write'], eventId: foreign.eventId }),
    201,
    'bound token',
  );
  const member = ok(
    await asCookie()
      .post('/api/users')
      .send({ email: 'member@fuzz.example', password: 'correct horse battery staple 42', name: 'Fuzzy Member' }),
    201,
    'user',
  );
  ok(await t.http().post(`${base}/members`).send({ email: 'member@fuzz.example', role: 'editor' }), 201, 'member');
  const agenda = ok(
    await t
      .anon()
      .post(`${base}/agendas`)
      .send({ sessionIds: [target.sessionId] }),
    201,
    'agenda',
  );
  const csv = ok(await t.http().get(`${base}/sessions.csv`), 200, 'csv export');
  const backup = ok(await t.http().get(`${base}/export.json`), 200, 'backup export');
  const scheduleXml = ok(await t.http().get(`${base}/schedule.xml`), 200, 'schedule.xml');
  const scheduleJson = ok(await t.http().get(`${base}/schedule.json`), 200, 'schedule.json');
  return {
    target,
    foreign,
    adminCookie,
    readOnlyToken: readOnly.body.token,
    foreignToken: bound.body.token,
    memberUserId: member.body.id,
    agendaToken: agenda.body.token,
    documents: { csv: csv.text, backup: backup.body, scheduleXml: scheduleXml.text, scheduleJson: scheduleJson.text },
  };
}
