import { DateTime } from 'luxon';
import { eventInterval } from '../src/time/instants';
import { PlannerInput, PlannerSession, PlannerSlot } from '../src/scheduling/planner/planner-types';
import { seededRandom } from './synthetic-program';

export interface PlannerScale {
  sessions: number;
  rooms: number;
  speakers: number;
  tracks: number;
  agendas: number;
}

export const FOSDEM_PLANNER: PlannerScale = { sessions: 950, rooms: 30, speakers: 1000, tracks: 60, agendas: 5000 };
export const scaled = (factor: number): PlannerScale => ({
  sessions: Math.round(950 * factor),
  rooms: Math.round(30 * factor),
  speakers: Math.round(1000 * factor),
  tracks: Math.round(60 * factor),
  agendas: Math.round(5000 * factor),
});

const ZONE = 'Europe/Brussels';
const FIRST_DAY = '2027-02-06';
const MINUTE = 60_000;

/**
 * A reproducible FOSDEM-like program for the planner, every session in the backlog:
 * - two days on a 15-minute grid (Sat: plenary 09:00-10:00, lunch break 13:00-13:30; Sun: closing plenary 18:00-19:00);
 * - rooms of 50-350 seats plus two halls (1,400 and 550) per 30 rooms; tracks of skewed size; two keynotes;
 * - talks of 15-120 minutes, 1-3 speakers drawn with a skew (some speak several times), a tenth of
 *   the speakers available one day or one afternoon only;
 * - agendas of 5-15 stars: each attendee follows 1-3 tracks (popular tracks more often) and stars
 *   mostly there, a quarter elsewhere, always with a popularity skew.
 */
export function plannerInstance(scale: PlannerScale, seed = 7): PlannerInput {
  const random = seededRandom(seed);
  const day = (d: number, hhmm: string) =>
    DateTime.fromISO(`${FIRST_DAY}T${hhmm}`, { zone: ZONE }).plus({ days: d }).toMillis();
  const slots: PlannerSlot[] = [];
  const grid = (d: number, from: string, to: string) => {
    for (let t = day(d, from); t < day(d, to); t += 15 * MINUTE)
      slots.push({ id: `slot-${slots.length}`, start: t, end: t + 15 * MINUTE, kind: 'parallel', label: null });
  };
  slots.push({
    id: 'plenary-sat',
    start: day(0, '09:00'),
    end: day(0, '10:00'),
    kind: 'plenary',
    label: 'Opening keynote',
  });
  grid(0, '10:00', '13:00');
  slots.push({ id: 'lunch-sat', start: day(0, '13:00'), end: day(0, '13:30'), kind: 'break', label: 'Lunch' });
  grid(0, '13:30', '19:00');
  grid(1, '09:00', '18:00');
  slots.push({
    id: 'plenary-sun',
    start: day(1, '18:00'),
    end: day(1, '19:00'),
    kind: 'plenary',
    label: 'Closing keynote',
  });

  const rooms = Array.from({ length: scale.rooms }, (_, r) => ({
    id: `room-${r}`,
    name: `Room ${r + 1}`,
    capacity: r % 30 === 0 ? 1400 : r % 30 === 1 ? 550 : 50 + Math.floor(random() * 7) * 50,
  }));
  const speakers = Array.from({ length: scale.speakers }, (_, s) => {
    const kind = random();
    const availability =
      kind < 0.04
        ? [{ start: day(0, '00:00'), end: day(1, '00:00') }]
        : kind < 0.08
          ? [{ start: day(1, '00:00'), end: day(2, '00:00') }]
          : kind < 0.1
            ? [
                { start: day(0, '13:00'), end: day(0, '19:00') },
                { start: day(1, '13:00'), end: day(1, '19:00') },
              ]
            : null;
    return { id: `speaker-${s}`, name: `Speaker ${s + 1}`, availability };
  });
  const onlyDay = speakers.map((s) =>
    !s.availability || s.availability.length > 1 ? -1 : s.availability[0].start === day(0, '00:00') ? 0 : 1,
  );
  // track sizes skewed like FOSDEM's 60 devrooms, the pattern repeating when scaled up (sizes stay bounded)
  const trackWeight = Array.from({ length: scale.tracks }, (_, t) => 1 / ((t % 60) + 1) ** 0.7);
  const pickTrack = weightedPicker(trackWeight, random);
  const sessions: PlannerSession[] = [];
  for (let i = 0; i < scale.sessions; i++) {
    const keynote = i < 2;
    const r = random();
    const minutes = keynote ? 50 : r < 0.45 ? 15 : r < 0.85 ? 30 : r < 0.92 ? 45 : r < 0.98 ? 60 : 120;
    const count = keynote ? 1 : random() < 0.8 ? 1 : random() < 0.85 ? 2 : 3;
    const speakerIds = new Set<string>();
    const days = new Set<number>();
    while (speakerIds.size < count) {
      const s = Math.floor(random() ** 1.25 * scale.speakers);
      // never pair a Saturday-only speaker with a Sunday-only one
      if (onlyDay[s] >= 0 && days.has(1 - onlyDay[s])) continue;
      if (onlyDay[s] >= 0) days.add(onlyDay[s]);
      speakerIds.add(`speaker-${s}`);
    }
    sessions.push({
      id: `session-${String(i).padStart(5, '0')}`,
      title: keynote ? `Keynote ${i + 1}` : `Talk ${i + 1}`,
      type: keynote ? 'keynote' : minutes >= 120 ? 'workshop' : 'talk',
      status: 'confirmed',
      trackId: keynote ? null : `track-${pickTrack()}`,
      roomId: null,
      start: null,
      end: null,
      durationMinutes: minutes,
      expectedAttendance: null,
      pinned: false,
      speakerIds: [...speakerIds],
    });
  }
  const popularity = sessions.map(() => 1 / (1 + Math.floor(random() * sessions.length)) ** 0.8);
  sessions.forEach((session, i) => {
    if (session.type === 'keynote') session.expectedAttendance = 1200;
    else if (random() < 0.6)
      session.expectedAttendance = Math.min(500, Math.round(30 + popularity[i] * 2000 * random()));
  });
  const byTrack = new Map<string, number[]>();
  sessions.forEach((s, i) => s.trackId && byTrack.set(s.trackId, [...(byTrack.get(s.trackId) ?? []), i]));
  const pickIn = new Map(
    [...byTrack].map(([track, members]) => [
      track,
      weightedPicker(
        members.map((i) => popularity[i]),
        random,
      ),
    ]),
  );
  const pickAny = weightedPicker(popularity, random);
  const agendas = Array.from({ length: scale.agendas }, () => {
    const follows = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `track-${pickTrack()}`).filter((t) =>
      byTrack.has(t),
    );
    const wanted = 5 + Math.floor(random() * 11);
    const starred = new Set<string>();
    for (let attempt = 0; starred.size < wanted && attempt < wanted * 10; attempt++) {
      const track = follows[Math.floor(random() * follows.length)];
      const i = random() < 0.75 && track ? byTrack.get(track)![pickIn.get(track)!()] : pickAny();
      starred.add(sessions[i].id);
    }
    return [...starred];
  });
  const last = DateTime.fromISO(FIRST_DAY).plus({ days: 1 }).toISODate()!;
  return { event: eventInterval(FIRST_DAY, last, ZONE), timezone: ZONE, slots, rooms, speakers, sessions, agendas };
}

function weightedPicker(weights: number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
