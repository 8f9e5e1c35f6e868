import request from 'supertest';
import { buildEvent, buildRoom, buildSession, buildSlot, buildSpeaker, buildTrack, create } from './program.factory';

type Http = () => request.Agent;

export interface RichProgram {
  eventId: string;
  base: string;
  slug: string;
  /** The agenda's token, known only to its attendee. */
  agendaToken: string;
  sessions: Record<'keynote' | 'papers' | 'backlog' | 'cancelled' | 'deleted' | 'dayTwo', { id: string }>;
}

const day1 = (time: string) => `2026-03-10T${time}:00+01:00`;
const day2 = (time: string) => `2026-03-11T${time}:00+01:00`;

/**
 * A published program that uses every part of the model: tracks, rooms, a grid of slots, speakers
 * with e-mail and availability, a keynote with links, a paper session with presentations and
 * authors, a backlog session, a cancelled one, a tombstone deleted after publishing, an agenda,
 * and records edited after creation (versions and sequences above their start values).
 */
export async function createRichProgram(http: Http): Promise<RichProgram> {
  const event = await create(
    http,
    '/api/events',
    buildEvent({ description: 'Two days of talks', venue: 'Congress Centre' }),
  );
  const base = `/api/events/${event.id}`;
  const security = await create(
    http,
    `${base}/tracks`,
    buildTrack({ name: 'Security', description: 'Locks and keys' }),
  );
  const research = await create(http, `${base}/tracks`, buildTrack({ name: 'Research', color: '#aa0000' }));
  const hall = await create(http, `${base}/rooms`, buildRoom({ name: 'Hall A', capacity: 300, position: 0 }));
  const small = await create(http, `${base}/rooms`, buildRoom({ name: 'Room B', capacity: 30, position: 1 }));
  await create(http, `${base}/rooms`, buildRoom({ name: 'Foyer', capacity: null, position: 2 }));
  const morning = await create(
    http,
    `${base}/slots`,
    buildSlot({ startsAt: day1('09:00'), endsAt: day1('10:30'), label: 'Morning' }),
  );
  await create(
    http,
    `${base}/slots`,
    buildSlot({ startsAt: day1('10:30'), endsAt: day1('11:00'), kind: 'break', label: 'Coffee' }),
  );
  await create(http, `${base}/slots`, buildSlot({ startsAt: day2('09:00'), endsAt: day2('10:00'), kind: 'plenary' }));
  const ada = await create(
    http,
    `${base}/speakers`,
    buildSpeaker({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      bio: 'Poet of numbers',
      availability: [
        { startsAt: day1('08:00'), endsAt: day1('18:00') },
        { startsAt: day2('09:00'), endsAt: day2('12:00') },
      ],
    }),
  );
  const grace = await create(
    http,
    `${base}/speakers`,
    buildSpeaker({ name: 'Grace Hopper', affiliation: 'US Navy', email: 'grace@example.org' }),
  );
  const edsger = await create(http, `${base}/speakers`, buildSpeaker({ name: 'Edsger Dijkstra', affiliation: null }));

  const keynote = await create(
    http,
    `${base}/sessions`,
    buildSession({
      title: 'Opening keynote',
      subtitle: 'Why programs fail',
      abstract: 'Short',
      description: 'Long text',
      type: 'keynote',
      trackId: security.id,
      roomId: hall.id,
      slotId: morning.id,
      startsAt: day1('09:00'),
      endsAt: day1('10:00'),
      language: 'en',
      expectedAttendance: 250,
      url: 'https://example.org/keynote',
      links: [{ href: 'https://example.org/slides.pdf', title: 'Slides' }],
      speakers: [
        { speakerId: ada.id, role: 'speaker' },
        { speakerId: grace.id, role: 'moderator' },
      ],
    }),
  );
  const papers = await create(
    http,
    `${base}/sessions`,
    buildSession({
      title: 'Papers: Algorithms',
      type: 'paper-session',
      trackId: research.id,
      roomId: small.id,
      startsAt: day1('11:00'),
      endsAt: day1('12:30'),
      speakers: [
        { speakerId: grace.id, role: 'chair' },
        { speakerId: edsger.id, role: 'author' },
      ],
    }),
  );
  for (const [index, authors] of [
    [{ speakerId: edsger.id }],
    [{ name: 'Tony Hoare' }, { speakerId: ada.id }],
    [{ name: 'Barbara Liskov' }],
  ].entries()) {
    await create(http, `${base}/sessions/${papers.id}/presentations`, {
      title: `Paper ${index + 1}`,
      authors,
      durationMinutes: 25,
      abstract: index ? null : 'Shortest paths',
    });
  }
  const backlog = await create(http, `${base}/sessions`, {
    title: 'Unscheduled workshop',
    type: 'workshop',
    status: 'tentative',
    durationMinutes: 45,
    pinned: true,
    speakers: [{ speakerId: edsger.id }],
  });
  const cancelled = await create(
    http,
    `${base}/sessions`,
    buildSession({
      title: 'Cancelled panel',
      type: 'panel',
      status: 'cancelled',
      roomId: hall.id,
      startsAt: day1('14:00'),
      endsAt: day1('15:00'),
    }),
  );
  const deleted = await create(
    http,
    `${base}/sessions`,
    buildSession({ title: 'Withdrawn talk', roomId: small.id, startsAt: day1('14:00'), endsAt: day1('14:30') }),
  );
  const dayTwo = await create(
    http,
    `${base}/sessions`,
    buildSession({
      title: 'Closing talk',
      roomId: hall.id,
      startsAt: day2('09:00'),
      endsAt: day2('10:00'),
      speakers: [{ speakerId: ada.id }],
    }),
  );
  await expectOk(http().post(`${base}/publish`));
  const agenda = await create(http, `${base}/agendas`, { sessionIds: [keynote.id, papers.id, deleted.id, dayTwo.id] });
  await expectOk(http().delete(`${base}/sessions/${deleted.id}`));
  await expectOk(
    http()
      .patch(`${base}/sessions/${dayTwo.id}`)
      .send({ startsAt: day2('10:00'), endsAt: day2('11:00'), title: 'Closing talk (moved)' }),
  );
  await expectOk(http().patch(`${base}/rooms/${small.id}`).send({ capacity: 40 }));
  return {
    eventId: event.id,
    base,
    slug: event.slug,
    agendaToken: agenda.token,
    sessions: { keynote, papers, backlog, cancelled, deleted, dayTwo },
  };
}

async function expectOk(pending: Promise<request.Response>): Promise<void> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
}
