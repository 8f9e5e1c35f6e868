import { formatInstant } from '../../../src/time/instants';
import { instantFormatter } from '../../../src/insights/instant-format';

describe('instantFormatter', () => {
  const zones = ['Europe/Berlin', 'UTC', 'Etc/GMT-1', 'Australia/Lord_Howe', 'America/St_Johns'];
  // Every 97 minutes and 13 seconds across a year (both hemispheres' DST changes), some with milliseconds,
  // and the seconds around Berlin's changes.
  const instants = [
    ...Array.from({ length: 5_420 }, (_, i) => Date.UTC(2026, 0, 1) + i * 5_833_000 + (i % 5 === 0 ? 123 : 0)),
    ...['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'].flatMap((change) =>
      [-1000, -1, 0, 1, 900_000].map((d) => Date.parse(change) + d),
    ),
  ];

  it.each(zones)('writes exactly what formatInstant writes in %s', (zone) => {
    const format = instantFormatter(zone);
    const mismatches = instants.filter((millis) => format(millis) !== formatInstant(millis, zone));
    expect(
      mismatches
        .map((millis) => [new Date(millis).toISOString(), format(millis), formatInstant(millis, zone)])
        .slice(0, 3),
    ).toEqual([]);
  });

  it('keeps the instant with its offset: Berlin summer and winter', () => {
    const format = instantFormatter('Europe/Berlin');
    expect(format(Date.parse('2026-03-10T08:00:00Z'))).toBe('2026-03-10T09:00:00+01:00');
    expect(format(Date.parse('2026-07-10T08:00:00.250Z'))).toBe('2026-07-10T10:00:00.250+02:00');
  });
});
