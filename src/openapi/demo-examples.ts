import { DEMO_EVENT, DEMO_ROOMS, DEMO_SESSIONS, DEMO_SPEAKERS, DEMO_TRACKS } from '../seed/demo-program';

/** Fixed ids for the examples, so the document is the same on every start. */
const IDS = {
  event: '0b8c2f4e-5d1a-4c3b-9e7f-1a2b3c4d5e6f',
  room: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
  speaker: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
  session: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  other: '3c2b1a0f-9e8d-4c7b-a6f5-4e3d2c1b0a9f',
};

const { key: _t, ...track } = DEMO_TRACKS[0];
const { key: _r, ...room } = DEMO_ROOMS[0];
const { key: _s, ...speaker } = DEMO_SPEAKERS[0];
const keynote = DEMO_SESSIONS[0];

/** Request bodies of the demo program ("Open Planning Summit 2027"), by schema name. */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  CreateEventDto: DEMO_EVENT,
  CreateTrackDto: track,
  CreateRoomDto: room,
  CreateSpeakerDto: speaker,
  CreateSessionDto: {
    title: keynote.title,
    type: keynote.type,
    abstract: keynote.abstract,
    startsAt: '2027-03-10T09:00:00+01:00',
    endsAt: '2027-03-10T10:00:00+01:00',
    roomId: IDS.room,
    expectedAttendance: keynote.expectedAttendance,
    speakers: [{ speakerId: IDS.speaker, role: 'speaker' }],
  },
};

/** A 409 as a clash in the demo program answers it. */
export const CONFLICT_EXAMPLE = {
  statusCode: 409,
  error: 'Conflict',
  message: [`room is already booked by "${keynote.title}" from 2027-03-10T09:00:00+01:00 to 2027-03-10T10:00:00+01:00`],
  code: 'schedule_conflict',
  conflicts: [
    {
      code: 'room_double_booked',
      kind: 'room',
      sessionId: IDS.session,
      title: keynote.title,
      overlapStart: '2027-03-10T09:00:00+01:00',
      overlapEnd: '2027-03-10T10:00:00+01:00',
      roomId: IDS.room,
    },
  ],
};

export const STALE_EXAMPLE = {
  statusCode: 412,
  error: 'Precondition Failed',
  message: ['session was changed by someone else: you sent version 2, current is 3'],
  code: 'stale_version',
  currentVersion: 3,
};
