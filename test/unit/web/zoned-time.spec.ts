import {
  clockTime,
  dayLabel,
  dayRangeLabel,
  floorToLocalStep,
  localDate,
  offsetMinutes,
  timeRange,
  zoneAbbreviation,
  zoneName,
} from '../../../web/lib/zoned-time';
import { en } from '../../../web/messages/en';
import { ja } from '../../../web/messages/ja';
import { at } from './program.factory';

describe('zoned time for the agenda page', () => {
  it('gives the local date in the event zone, not the viewer’s', () => {
    expect(localDate(at('2027-03-10T23:30:00Z'), 'Europe/Berlin')).toBe('2027-03-11');
    expect(localDate(at('2027-03-10T23:30:00Z'), 'America/New_York')).toBe('2027-03-10');
    expect(localDate(at('2027-03-10T15:30:00Z'), 'Asia/Tokyo')).toBe('2027-03-11');
  });

  it('shows wall-clock times with a 24-hour clock, across a daylight-saving change', () => {
    expect(clockTime(at('2027-03-10T09:05:00+01:00'), 'Europe/Berlin')).toBe('09:05');
    expect(timeRange(at('2027-03-28T00:30:00Z'), at('2027-03-28T01:30:00Z'), 'Europe/Berlin')).toBe('01:30–03:30');
    expect(clockTime(at('2027-03-10T09:00:00+01:00'), 'Asia/Tokyo')).toBe('17:00');
  });

  it('knows the offset of a zone at an instant', () => {
    expect(offsetMinutes(at('2027-01-10T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(at('2027-07-10T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(at('2027-07-10T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(offsetMinutes(at('2027-07-10T12:00:00Z'), 'America/St_Johns')).toBe(-150);
  });

  it('floors to a local wall-clock step, also in zones with a :45 offset', () => {
    expect(floorToLocalStep(at('2027-03-10T09:20:00+01:00'), 'Europe/Berlin', 30)).toBe(
      at('2027-03-10T09:00:00+01:00'),
    );
    expect(floorToLocalStep(at('2027-03-10T09:50:00+05:45'), 'Asia/Kathmandu', 30)).toBe(
      at('2027-03-10T09:30:00+05:45'),
    );
  });

  it('names zones and days', () => {
    expect(zoneAbbreviation(at('2027-03-10T12:00:00Z'), 'Europe/Berlin')).toBe('CET');
    expect(dayLabel('2027-03-10')).toBe('Wed 10 Mar');
  });

  it('names a zone once when its short name would only repeat it (a viewer in UTC)', () => {
    const noon = at('2027-03-10T12:00:00Z');
    expect(zoneName(noon, 'UTC')).toBe('UTC');
    expect(zoneName(noon, 'Etc/UTC')).toBe('Etc/UTC');
    expect(zoneName(noon, 'Europe/Berlin')).toBe('Europe/Berlin (CET)');
    expect(zoneName(noon, 'Europe/Berlin', 'en-GB', true)).toBe('Europe/Berlin, CET');
    expect(zoneName(noon, 'Asia/Tokyo', 'ja-JP')).toBe('Asia/Tokyo (JST)');
  });

  it('writes days and spans of days in the chosen locale', () => {
    expect(dayLabel('2027-03-10', 'ja-JP')).toBe('3月10日(水)');
    const words = (catalog: typeof en) => ({
      sameMonth: catalog['dates.sameMonth'],
      sameYear: catalog['dates.sameYear'],
      apart: catalog['dates.apart'],
    });
    expect(dayRangeLabel('2027-03-10', '2027-03-12', words(en))).toBe('10–12 March 2027');
    expect(dayRangeLabel('2027-03-30', '2027-04-02', words(en))).toBe('30 March – 2 April 2027');
    expect(dayRangeLabel('2027-12-30', '2028-01-02', words(en))).toBe('30 December 2027 – 2 January 2028');
    expect(dayRangeLabel('2027-03-10', '2027-03-10', words(en))).toBe('10 March 2027');
    expect(dayRangeLabel('2027-03-10', '2027-03-12', words(ja), 'ja-JP')).toBe('2027年3月10日～12日');
    expect(dayRangeLabel('2027-03-30', '2027-04-02', words(ja), 'ja-JP')).toBe('2027年3月30日～4月2日');
    expect(dayRangeLabel('2027-12-30', '2028-01-02', words(ja), 'ja-JP')).toBe('2027年12月30日～2028年1月2日');
  });
});
