import { indexProgram, ProgramIndex } from '../../../web/lib/program-index';
import { Program, Session, Slot } from '../../../web/lib/types';

/** A small published program in the public API's shapes, for the page's pure modules. */
export function buildProgram(overrides: Partial<Program> = {}): Program {
  return {
    event: {
      id: 'e1',
      slug: 'conf',
      name: 'Conf',
      timezone: 'Europe/Berlin',
      startDate: '2027-03-10',
      endDate: '2027-03-11',
      days: ['2027-03-10', '2027-03-11'],
      status: 'published',
      version: 1,
      programVersion: 1,
      createdAt: '2027-01-01T00:00:00Z',
      updatedAt: '2027-01-01T00:00:00Z',
    },
    rooms: [
      { id: 'hall', name: 'Hall', position: 0, version: 1 },
      { id: 'a', name: 'Room A', position: 1, version: 1 },
      { id: 'b', name: 'Room B', position: 2, version: 1 },
    ],
    tracks: [{ id: 'research', name: 'Research', color: '#1f6fb4', version: 1 }],
    slots: [],
    speakers: [{ id: 'ada', name: 'Ada Lovelace', version: 1 }],
    sessions: [],
    ...overrides,
  };
}

let counter = 0;
export function buildSession(overrides: Partial<Session> = {}): Session {
  counter += 1;
  return {
    id: `s${counter}`,
    eventId: 'e1',
    numericId: counter,
    title: `Talk ${counter}`,
    type: 'talk',
    status: 'confirmed',
    roomId: 'a',
    startsAt: '2027-03-10T10:00:00+01:00',
    endsAt: '2027-03-10T11:00:00+01:00',
    speakers: [],
    presentations: [],
    pinned: false,
    version: 1,
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-01T00:00:00Z',
    ...overrides,
  };
}

export function buildSlot(overrides: Partial<Slot> = {}): Slot {
  counter += 1;
  return {
    id: `slot${counter}`,
    kind: 'parallel',
    startsAt: '2027-03-10T09:00:00+01:00',
    endsAt: '2027-03-10T10:00:00+01:00',
    version: 1,
    ...overrides,
  };
}

export function indexed(sessions: Session[], slots: Slot[] = []): ProgramIndex {
  return indexProgram(buildProgram({ sessions, slots }));
}

export const at = (iso: string) => Date.parse(iso);
