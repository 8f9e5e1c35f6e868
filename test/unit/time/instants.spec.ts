import {
  eventInterval,
  formatInstant,
  instantFormatter,
  instantProblem,
  isAmbiguousLocalTime,
  isValidLocalDate,
  isValidTimeZone,
  localDateOf,
  localDates,
  localDayInterval,
  minutesBetween,
  parseInstant,
} from '../../../src/time/instants';

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(iso).getTime();

describe('instantProblem', () => {
  it.each([
    '2026-03-10T09:00:00Z',
    '2026-03-10T09:00:00+09:00',
    '2026-03-10T09:00:00-05:00',
    '2026-03-10T09:00:00.250+01:00',
    '2026-03-10T09:00+01:00',
    '2026-03-10T09:00:00+0100',
  ])('accepts %s, which names its offset', (value) => {
    expect(instantProblem(value)).toBeUndefined();
  });

  it.each(['2026-03-10T09:00:00', '2026-03-10T09:00', '2026-03-10T09:00:00.500'])(
    'reports a wall-clock time without offset (%s) as missing-offset',
    (value) => {
      expect(instantProblem(value)).toBe('missing-offset');
    },
  );

  it.each([
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['a month that does not exist', '2026-13-01T10:00:00Z'],
    ['an hour that does not exist', '2026-03-10T25:00:00Z'],
    ['a minute that does not exist', '2026-03-10T09:60:00+01:00'],
    ['free text', 'tomorrow morning'],
    ['an empty string', ''],
  ])('reports %s as invalid', (_, value) => {
    expect(instantProblem(value)).toBe('invalid');
  });

  it('reports an impossible date without offset as invalid rather than missing an offset', () => {
    expect(instantProblem('2026-02-30T10:00:00')).toBe('invalid');
  });

  it.each(['2026-03-10T09Z', '2026-03-10T09:00:00+09', '09:00:00Z'])(
    'does not ask for an offset when the refused value %s already ends in one',
    (value) => {
      // The 400 would say "must carry an explicit offset" to a client who sent one.
      expect(instantProblem(value)).not.toBe('missing-offset');
    },
  );
});

describe('parseInstant', () => {
  it('reads an instant with Z as UTC', () => {
    expect(parseInstant('2026-03-10T09:00:00Z').toISOString()).toBe('2026-03-10T09:00:00.000Z');
  });

  it('applies a positive offset', () => {
    expect(parseInstant('2026-03-10T09:00:00+09:00').toISOString()).toBe('2026-03-10T00:00:00.000Z');
  });

  it('applies a negative offset, moving the instant to the next UTC day', () => {
    expect(parseInstant('2026-03-10T21:30:00-05:00').toISOString()).toBe('2026-03-11T02:30:00.000Z');
  });

  it('keeps milliseconds', () => {
    expect(parseInstant('2026-03-10T09:00:00.250+01:00').getTime()).toBe(utc('2026-03-10T08:00:00.250Z'));
  });

  it('gives the same instant for the same moment written in two offsets', () => {
    expect(parseInstant('2026-03-10T09:00:00+09:00').getTime()).toBe(
      parseInstant('2026-03-10T01:00:00+01:00').getTime(),
    );
  });

  it('refuses a timestamp without offset, naming the value', () => {
    expect(() => parseInstant('2026-03-10T09:00:00')).toThrow(
      '"2026-03-10T09:00:00" is not an instant with an explicit offset',
    );
  });

  it('refuses a date that does not exist', () => {
    expect(() => parseInstant('2026-02-30T10:00:00Z')).toThrow(/not an instant/);
  });
});

describe('formatInstant', () => {
  it('writes the instant in the event offset without milliseconds', () => {
    expect(formatInstant(utc('2026-03-10T00:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-10T09:00:00+09:00');
  });

  it('takes a Date as well as epoch milliseconds', () => {
    expect(formatInstant(new Date('2026-03-10T08:00:00Z'), 'Europe/Berlin')).toBe('2026-03-10T09:00:00+01:00');
  });

  it('keeps milliseconds when there are some', () => {
    expect(formatInstant(utc('2026-03-10T08:00:00.250Z'), 'Europe/Berlin')).toBe('2026-03-10T09:00:00.250+01:00');
  });

  it('writes UTC with Z', () => {
    expect(formatInstant(utc('2026-03-10T08:00:00Z'), 'UTC')).toBe('2026-03-10T08:00:00Z');
  });

  describe('Europe/Berlin spring forward on 2026-03-29', () => {
    it('gives +01:00 just before the change', () => {
      expect(formatInstant(utc('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe('2026-03-29T01:59:00+01:00');
    });

    it('jumps from 02:00 to 03:00 +02:00 at the change', () => {
      expect(formatInstant(utc('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
    });
  });

  describe('Europe/Berlin fall back on 2026-10-25', () => {
    it('gives the first 02:30 with +02:00', () => {
      expect(formatInstant(utc('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+02:00');
    });

    it('gives the repeated 02:30 with +01:00', () => {
      expect(formatInstant(utc('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+01:00');
    });
  });

  describe('America/New_York', () => {
    it('gives -05:00 before and -04:00 after the spring forward on 2026-03-08', () => {
      expect(formatInstant(utc('2026-03-08T06:59:00Z'), 'America/New_York')).toBe('2026-03-08T01:59:00-05:00');
      expect(formatInstant(utc('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
    });

    it('gives the 01:30 of 2026-11-01 twice, first -04:00 then -05:00', () => {
      expect(formatInstant(utc('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
      expect(formatInstant(utc('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-05:00');
    });
  });

  it('round-trips through parseInstant for instants across a DST change', () => {
    for (const iso of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-03-29T01:00:00Z']) {
      expect(parseInstant(formatInstant(utc(iso), 'Europe/Berlin')).getTime()).toBe(utc(iso));
    }
  });
});

describe('localDateOf', () => {
  it('gives the local date, which can differ from the UTC date', () => {
    expect(localDateOf(utc('2026-03-09T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-10');
    expect(localDateOf(utc('2026-03-09T14:59:59Z'), 'Asia/Tokyo')).toBe('2026-03-09');
    expect(localDateOf(new Date('2026-03-11T03:00:00Z'), 'America/New_York')).toBe('2026-03-10');
  });
});

describe('localDayInterval', () => {
  it('spans local midnight to local midnight, 24 hours on an ordinary day', () => {
    expect(localDayInterval('2026-03-10', 'Asia/Tokyo')).toEqual({
      start: utc('2026-03-09T15:00:00Z'),
      end: utc('2026-03-10T15:00:00Z'),
    });
  });

  it('is 23 hours long on the Europe/Berlin spring-forward day', () => {
    const day = localDayInterval('2026-03-29', 'Europe/Berlin');
    expect(day).toEqual({ start: utc('2026-03-28T23:00:00Z'), end: utc('2026-03-29T22:00:00Z') });
    expect(day.end - day.start).toBe(23 * HOUR);
  });

  it('is 25 hours long on the Europe/Berlin fall-back day', () => {
    const day = localDayInterval('2026-10-25', 'Europe/Berlin');
    expect(day).toEqual({ start: utc('2026-10-24T22:00:00Z'), end: utc('2026-10-25T23:00:00Z') });
    expect(day.end - day.start).toBe(25 * HOUR);
  });

  it('is 23 hours long on the America/New_York spring-forward day', () => {
    const day = localDayInterval('2026-03-08', 'America/New_York');
    expect(day).toEqual({ start: utc('2026-03-08T05:00:00Z'), end: utc('2026-03-09T04:00:00Z') });
    expect(day.end - day.start).toBe(23 * HOUR);
  });

  it('is 25 hours long on the America/New_York fall-back day', () => {
    const day = localDayInterval('2026-11-01', 'America/New_York');
    expect(day).toEqual({ start: utc('2026-11-01T04:00:00Z'), end: utc('2026-11-02T05:00:00Z') });
    expect(day.end - day.start).toBe(25 * HOUR);
  });

  it('starts at the first existing instant when local midnight is skipped (America/Santiago, 2026-09-06)', () => {
    // Chile moves its clocks from 00:00 to 01:00: the day starts at 01:00 -03:00.
    expect(localDayInterval('2026-09-06', 'America/Santiago').start).toBe(utc('2026-09-06T04:00:00Z'));
  });

  it('makes consecutive days meet without gap or overlap', () => {
    expect(localDayInterval('2026-10-24', 'Europe/Berlin').end).toBe(
      localDayInterval('2026-10-25', 'Europe/Berlin').start,
    );
    expect(localDayInterval('2026-10-25', 'Europe/Berlin').end).toBe(
      localDayInterval('2026-10-26', 'Europe/Berlin').start,
    );
  });
});

describe('eventInterval', () => {
  it('runs from the first day local midnight to the midnight after the last day', () => {
    expect(eventInterval('2026-03-10', '2026-03-12', 'Asia/Tokyo')).toEqual({
      start: utc('2026-03-09T15:00:00Z'),
      end: utc('2026-03-12T15:00:00Z'),
    });
  });

  it('covers a one-day event as that one local day', () => {
    expect(eventInterval('2026-10-25', '2026-10-25', 'Europe/Berlin')).toEqual(
      localDayInterval('2026-10-25', 'Europe/Berlin'),
    );
  });

  it('accounts for the DST change inside the event', () => {
    const event = eventInterval('2026-03-28', '2026-03-29', 'Europe/Berlin');
    expect(event).toEqual({ start: utc('2026-03-27T23:00:00Z'), end: utc('2026-03-29T22:00:00Z') });
    expect(event.end - event.start).toBe(47 * HOUR);
  });
});

describe('localDates', () => {
  it('lists every date from first to last, inclusive', () => {
    expect(localDates('2026-03-10', '2026-03-12')).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
  });

  it('gives one date for a one-day event', () => {
    expect(localDates('2026-03-10', '2026-03-10')).toEqual(['2026-03-10']);
  });

  it('crosses month ends and leap days', () => {
    expect(localDates('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(localDates('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('does not skip or repeat a date across a DST change', () => {
    expect(localDates('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('gives nothing when the last date is before the first', () => {
    expect(localDates('2026-03-12', '2026-03-10')).toEqual([]);
  });
});

describe('isValidTimeZone', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', 'America/Argentina/Buenos_Aires'])(
    'accepts %s',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(true);
    },
  );

  it.each(['Mars/Olympus_Mons', '', 'Europe/Berlin ', '+09:00', 'Berlin'])('refuses %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('refuses a zone name spelled in the wrong case', () => {
    // Intl accepts "europe/berlin", but calendar feeds then write TZID=europe/berlin with no
    // VTIMEZONE of that name, so clients read the times as floating.
    expect(isValidTimeZone('europe/berlin')).toBe(false);
  });
});

describe('isValidLocalDate', () => {
  it.each(['2026-03-10', '2028-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isValidLocalDate(value)).toBe(true);
  });

  it.each([
    ['February 30th', '2026-02-30'],
    ['February 29th of a common year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['single-digit month and day', '2026-3-1'],
    ['a date-time', '2026-03-10T00:00:00Z'],
    ['a compact date', '20260310'],
    ['an empty string', ''],
  ])('refuses %s', (_, value) => {
    expect(isValidLocalDate(value)).toBe(false);
  });
});

describe('minutesBetween', () => {
  it('counts whole minutes between two instants, rounding', () => {
    expect(minutesBetween(utc('2026-03-10T09:00:00Z'), utc('2026-03-10T10:30:00Z'))).toBe(90);
    expect(minutesBetween(new Date('2026-03-10T09:00:00Z'), new Date('2026-03-10T09:00:40Z'))).toBe(1);
  });

  it('counts real minutes across a DST change, not wall-clock minutes', () => {
    // 01:00 to 04:00 Berlin wall clock on spring-forward night is two real hours.
    expect(minutesBetween(utc('2026-03-29T01:00:00+01:00'), utc('2026-03-29T04:00:00+02:00'))).toBe(120);
  });
});

describe('isAmbiguousLocalTime', () => {
  it('is true for both instants whose wall-clock time repeats when clocks fall back', () => {
    expect(isAmbiguousLocalTime(utc('2026-10-25T02:30:00+02:00'), 'Europe/Berlin')).toBe(true);
    expect(isAmbiguousLocalTime(utc('2026-10-25T02:30:00+01:00'), 'Europe/Berlin')).toBe(true);
    expect(isAmbiguousLocalTime(utc('2026-11-01T01:30:00-04:00'), 'America/New_York')).toBe(true);
    expect(isAmbiguousLocalTime(utc('2026-11-01T01:30:00-05:00'), 'America/New_York')).toBe(true);
  });

  it('is false just outside the repeated hour', () => {
    expect(isAmbiguousLocalTime(utc('2026-10-25T01:59:00+02:00'), 'Europe/Berlin')).toBe(false);
    expect(isAmbiguousLocalTime(utc('2026-10-25T03:00:00+01:00'), 'Europe/Berlin')).toBe(false);
  });

  it('is false on spring-forward day, whose wall-clock times occur at most once', () => {
    expect(isAmbiguousLocalTime(utc('2026-03-29T03:30:00+02:00'), 'Europe/Berlin')).toBe(false);
    expect(isAmbiguousLocalTime(utc('2026-03-29T01:30:00+01:00'), 'Europe/Berlin')).toBe(false);
  });

  it('is false in a zone without DST and in UTC', () => {
    expect(isAmbiguousLocalTime(utc('2026-10-25T02:30:00+09:00'), 'Asia/Tokyo')).toBe(false);
    expect(isAmbiguousLocalTime(utc('2026-10-25T01:30:00Z'), 'UTC')).toBe(false);
  });
});

describe('instantFormatter', () => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'America/St_Johns',
    'UTC',
    'utc',
    'UTC+1',
    'Etc/UTC',
    'Etc/GMT+5',
    'Europe/London',
  ];

  it('writes exactly what formatInstant writes, every 7 minutes across a year with DST changes', () => {
    for (const zone of zones) {
      const format = instantFormatter(zone);
      for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 7 * 60_000) {
        if (format(instant) !== formatInstant(instant, zone))
          throw new Error(
            `${zone} ${new Date(instant).toISOString()}: ${format(instant)} != ${formatInstant(instant, zone)}`,
          );
      }
    }
  });

  it('agrees around each transition to the millisecond, with milliseconds, and before 1970', () => {
    const instants = [
      Date.UTC(2026, 2, 29, 0, 59, 59, 999),
      Date.UTC(2026, 2, 29, 1, 0, 0),
      Date.UTC(2026, 9, 25, 0, 59, 59, 999),
      Date.UTC(2026, 9, 25, 1, 0, 0),
      Date.UTC(2026, 3, 4, 15, 0, 0),
      Date.UTC(2026, 3, 4, 14, 59, 59, 500),
      Date.UTC(2026, 5, 1, 9, 30, 0, 250),
      Date.UTC(1969, 6, 20, 20, 17, 40),
    ];
    for (const zone of zones) {
      const format = instantFormatter(zone);
      expect(instants.map(format)).toEqual(instants.map((instant) => formatInstant(instant, zone)));
    }
  });
});
