import { Placement, resolvePlacement } from '../../../src/scheduling/placement';
import { at } from '../support/placed-session.factory';

const MINUTE = 60_000;
const backlog = (durationMinutes: number | null = null): Placement => ({ start: null, end: null, durationMinutes });
/** Scheduled 09:00-10:30 Berlin time, 90 minutes. */
const scheduled = (): Placement => ({
  start: at('2026-03-10T09:00:00+01:00'),
  end: at('2026-03-10T10:30:00+01:00'),
  durationMinutes: 90,
});
/** A grid slot 14:00-15:30 Berlin time. */
const slot = { start: at('2026-03-10T14:00:00+01:00'), end: at('2026-03-10T15:30:00+01:00') };

describe('resolvePlacement', () => {
  describe('startsAt and endsAt together', () => {
    it('takes them as given and derives the duration', () => {
      expect(
        resolvePlacement(backlog(), { startsAt: '2026-03-10T11:00:00+01:00', endsAt: '2026-03-10T11:45:00+01:00' }),
      ).toEqual({
        start: at('2026-03-10T11:00:00+01:00'),
        end: at('2026-03-10T11:45:00+01:00'),
        durationMinutes: 45,
      });
    });

    it('overrides the previous length of a scheduled session', () => {
      expect(
        resolvePlacement(scheduled(), { startsAt: '2026-03-10T11:00:00Z', endsAt: '2026-03-10T11:20:00Z' }),
      ).toEqual({
        start: at('2026-03-10T11:00:00Z'),
        end: at('2026-03-10T11:20:00Z'),
        durationMinutes: 20,
      });
    });

    it('lets the given end win over a durationMinutes sent alongside', () => {
      const placement = resolvePlacement(backlog(), {
        startsAt: '2026-03-10T11:00:00Z',
        endsAt: '2026-03-10T12:00:00Z',
        durationMinutes: 30,
      });
      expect(placement).toEqual({
        start: at('2026-03-10T11:00:00Z'),
        end: at('2026-03-10T12:00:00Z'),
        durationMinutes: 60,
      });
    });

    it('refuses an end before the start', () => {
      expect(resolvePlacement(backlog(), { startsAt: '2026-03-10T11:00:00Z', endsAt: '2026-03-10T10:00:00Z' })).toEqual(
        ['endsAt must be after startsAt'],
      );
    });

    it('refuses an end equal to the start', () => {
      expect(
        resolvePlacement(backlog(), { startsAt: '2026-03-10T11:00:00Z', endsAt: '2026-03-10T12:00:00+01:00' }),
      ).toEqual(['endsAt must be after startsAt']);
    });
  });

  describe('startsAt alone', () => {
    it('keeps the previous length of a scheduled session', () => {
      expect(resolvePlacement(scheduled(), { startsAt: '2026-03-10T13:00:00+01:00' })).toEqual({
        start: at('2026-03-10T13:00:00+01:00'),
        end: at('2026-03-10T14:30:00+01:00'),
        durationMinutes: 90,
      });
    });

    it('keeps the real length when the move crosses a DST change', () => {
      const oneHour: Placement = {
        start: at('2026-03-28T10:00:00+01:00'),
        end: at('2026-03-28T11:00:00+01:00'),
        durationMinutes: 60,
      };
      const placement = resolvePlacement(oneHour, { startsAt: '2026-03-29T01:30:00+01:00' });
      expect(placement).toEqual({
        start: at('2026-03-29T01:30:00+01:00'),
        end: at('2026-03-29T03:30:00+02:00'),
        durationMinutes: 60,
      });
    });

    it('schedules a backlog session for its durationMinutes', () => {
      expect(resolvePlacement(backlog(45), { startsAt: '2026-03-10T11:00:00+01:00' })).toEqual({
        start: at('2026-03-10T11:00:00+01:00'),
        end: at('2026-03-10T11:45:00+01:00'),
        durationMinutes: 45,
      });
    });

    it('uses a durationMinutes sent with it instead of the previous length', () => {
      expect(resolvePlacement(scheduled(), { startsAt: '2026-03-10T13:00:00+01:00', durationMinutes: 30 })).toEqual({
        start: at('2026-03-10T13:00:00+01:00'),
        end: at('2026-03-10T13:30:00+01:00'),
        durationMinutes: 30,
      });
    });

    it('refuses to schedule a backlog session without any length', () => {
      expect(resolvePlacement(backlog(null), { startsAt: '2026-03-10T11:00:00+01:00' })).toEqual([
        'endsAt or durationMinutes is required to schedule a session',
      ]);
    });

    it('refuses a zero duration', () => {
      expect(resolvePlacement(backlog(), { startsAt: '2026-03-10T11:00:00+01:00', durationMinutes: 0 })).toEqual([
        'endsAt must be after startsAt',
      ]);
    });
  });

  describe('other partial writes', () => {
    it('changes nothing when the write sends no time field', () => {
      expect(resolvePlacement(scheduled(), {})).toEqual(scheduled());
      expect(resolvePlacement(backlog(30), {})).toEqual(backlog(30));
    });

    it('moves the end when only durationMinutes changes, keeping the start', () => {
      expect(resolvePlacement(scheduled(), { durationMinutes: 20 })).toEqual({
        start: scheduled().start,
        end: at('2026-03-10T09:20:00+01:00'),
        durationMinutes: 20,
      });
    });

    it('keeps a backlog session in the backlog when only durationMinutes changes', () => {
      expect(resolvePlacement(backlog(30), { durationMinutes: 60 })).toEqual(backlog(60));
    });

    it('moves the end when only endsAt changes, keeping the start', () => {
      expect(resolvePlacement(scheduled(), { endsAt: '2026-03-10T11:00:00+01:00' })).toEqual({
        start: scheduled().start,
        end: at('2026-03-10T11:00:00+01:00'),
        durationMinutes: 120,
      });
    });

    it('refuses endsAt alone for a backlog session', () => {
      expect(resolvePlacement(backlog(30), { endsAt: '2026-03-10T11:00:00+01:00' })).toEqual([
        'startsAt and endsAt must be given together',
      ]);
    });

    it('refuses endsAt alone that falls before the kept start', () => {
      expect(resolvePlacement(scheduled(), { endsAt: '2026-03-10T08:00:00+01:00' })).toEqual([
        'endsAt must be after startsAt',
      ]);
    });
  });

  describe('startsAt: null', () => {
    it('unschedules a session, keeping its length as durationMinutes', () => {
      expect(resolvePlacement(scheduled(), { startsAt: null })).toEqual(backlog(90));
    });

    it('unschedules with endsAt: null as well', () => {
      expect(resolvePlacement(scheduled(), { startsAt: null, endsAt: null })).toEqual(backlog(90));
    });

    it('keeps a durationMinutes sent with it', () => {
      expect(resolvePlacement(scheduled(), { startsAt: null, durationMinutes: 25 })).toEqual(backlog(25));
    });

    it('refuses an endsAt sent with it', () => {
      expect(resolvePlacement(scheduled(), { startsAt: null, endsAt: '2026-03-10T11:00:00+01:00' })).toEqual([
        'endsAt cannot be set when startsAt is null',
      ]);
    });
  });

  describe('slot without startsAt', () => {
    it('fills the whole slot for a backlog session without duration', () => {
      expect(resolvePlacement(backlog(null), { slot })).toEqual({
        start: slot.start,
        end: slot.end,
        durationMinutes: 90,
      });
    });

    it('starts at the slot start for the session duration', () => {
      expect(resolvePlacement(backlog(30), { slot })).toEqual({
        start: slot.start,
        end: slot.start + 30 * MINUTE,
        durationMinutes: 30,
      });
    });

    it('moves a scheduled session to the slot start, keeping its length', () => {
      const fortyFive: Placement = {
        start: at('2026-03-10T09:00:00+01:00'),
        end: at('2026-03-10T09:45:00+01:00'),
        durationMinutes: 45,
      };
      expect(resolvePlacement(fortyFive, { slot })).toEqual({
        start: slot.start,
        end: slot.start + 45 * MINUTE,
        durationMinutes: 45,
      });
    });

    it('uses a durationMinutes sent with the slot', () => {
      expect(resolvePlacement(scheduled(), { slot, durationMinutes: 15 })).toEqual({
        start: slot.start,
        end: slot.start + 15 * MINUTE,
        durationMinutes: 15,
      });
    });

    it('takes an endsAt sent with the slot', () => {
      expect(resolvePlacement(backlog(), { slot, endsAt: '2026-03-10T14:50:00+01:00' })).toEqual({
        start: slot.start,
        end: at('2026-03-10T14:50:00+01:00'),
        durationMinutes: 50,
      });
    });
  });

  describe('slot with startsAt', () => {
    it('accepts a start inside the slot', () => {
      expect(resolvePlacement(backlog(30), { slot, startsAt: '2026-03-10T14:30:00+01:00' })).toEqual({
        start: at('2026-03-10T14:30:00+01:00'),
        end: at('2026-03-10T15:00:00+01:00'),
        durationMinutes: 30,
      });
    });

    it('refuses a start before the slot', () => {
      expect(resolvePlacement(backlog(30), { slot, startsAt: '2026-03-10T13:59:00+01:00' })).toEqual([
        'startsAt must lie within the chosen slot',
      ]);
    });

    it('refuses a start at the slot end, which is outside the half-open slot', () => {
      expect(resolvePlacement(backlog(30), { slot, startsAt: '2026-03-10T15:30:00+01:00' })).toEqual([
        'startsAt must lie within the chosen slot',
      ]);
    });
  });

  it('returns problems as an array of messages, never throws for them', () => {
    const problems = resolvePlacement(backlog(null), { startsAt: '2026-03-10T11:00:00+01:00' });
    expect(Array.isArray(problems)).toBe(true);
    expect((problems as string[]).every((p) => typeof p === 'string')).toBe(true);
  });
});
