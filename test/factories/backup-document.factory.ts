import { BackupDocument } from '../../src/backup/backup-document';

/**
 * A small valid backup document (Europe/Berlin, 10-11 March 2026): one track, two rooms, a slot,
 * two speakers, a scheduled paper session with a presentation, a backlog talk, one agenda.
 * Tests mutate the copy they get.
 */
export function buildBackupDocument(): BackupDocument {
  const at = (time: string) => `2026-03-10T${time}:00+01:00`;
  return {
    format: 'agenda-planner-backup',
    formatVersion: 1,
    exportedAt: '2026-03-01T12:00:00+01:00',
    event: {
      id: 'e1', slug: 'devconf-2026', name: 'DevConf 2026', timezone: 'Europe/Berlin', startDate: '2026-03-10',
      endDate: '2026-03-11', venue: 'Hall', description: null, status: 'published', version: 3, programVersion: 12,
      createdAt: '2026-01-05T10:00:00.123+01:00', updatedAt: '2026-02-01T10:00:00+01:00',
    },
    tracks: [{ id: 't1', name: 'Security', color: '#3366ff', description: null, version: 1 }],
    rooms: [
      { id: 'r1', name: 'Hall A', capacity: 300, position: 0, externalId: null, version: 1 },
      { id: 'r2', name: 'Hall B', capacity: 50, position: 1, externalId: 'room-guid', version: 2 },
    ],
    slots: [{ id: 'sl1', startsAt: at('09:00'), endsAt: at('10:30'), kind: 'parallel', label: 'Morning', version: 1 }],
    speakers: [
      {
        id: 'sp1', name: 'Ada Lovelace', affiliation: 'Engines', bio: null, email: 'ada@example.org',
        availability: [{ startsAt: at('08:00'), endsAt: at('12:00') }], externalId: null, version: 1,
      },
      { id: 'sp2', name: 'Grace Hopper', affiliation: null, bio: null, email: null, availability: null, externalId: null, version: 1 },
    ],
    sessions: [
      {
        id: 's1', numericId: 1, externalId: null, title: 'Papers I', subtitle: null, abstract: null, description: null,
        type: 'paper-session', status: 'confirmed', trackId: 't1', roomId: 'r1', slotId: 'sl1', startsAt: at('09:00'),
        endsAt: at('10:30'), durationMinutes: 90, language: 'en', expectedAttendance: 120, pinned: false,
        url: 'https://example.org/s1', links: [{ href: 'https://example.org/slides', title: 'Slides' }],
        speakers: [{ speakerId: 'sp2', role: 'chair', position: 0 }, { speakerId: 'sp1', role: 'author', position: 1 }],
        version: 4, sequence: 2, createdAt: at('00:00'), updatedAt: at('00:30'), deletedAt: null,
      },
      {
        id: 's2', numericId: 2, externalId: 'guid-2', title: 'Backlog talk', subtitle: null, abstract: 'Later', description: null,
        type: 'talk', status: 'tentative', trackId: null, roomId: null, slotId: null, startsAt: null, endsAt: null,
        durationMinutes: 30, language: null, expectedAttendance: null, pinned: true, url: null, links: null, speakers: [],
        version: 1, sequence: 0, createdAt: at('00:00'), updatedAt: at('00:00'), deletedAt: null,
      },
    ],
    presentations: [{
      id: 'p1', sessionId: 's1', title: 'On engines', authors: [{ speakerId: 'sp1', name: 'Ada Lovelace' }, { name: 'C. Babbage' }],
      startsAt: at('09:00'), endsAt: at('09:20'), abstract: null, position: 0, version: 1,
    }],
    agendas: [{ id: 'a1', tokenHash: 'a'.repeat(64), sessionIds: ['s1'], version: 2, createdAt: at('00:00'), updatedAt: at('00:10') }],
  };
}
