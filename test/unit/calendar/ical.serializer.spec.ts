import ICAL from 'ical.js';
import { toFeedEntry } from '../../../src/calendar/feed-entries';
import { Feed, FeedEntry, FragmentStore, renderCalendar } from '../../../src/calendar/ical.serializer';
import { buildFeedEntry, buildFeedSession, feedContext, SESSION_ID } from '../support/feed.factory';

const at = (iso: string) => Date.parse(iso);

const buildFeed = (overrides: Partial<Feed> = {}): Feed => ({
  name: 'Test Conference 2026',
  timezone: 'Europe/Berlin',
  refreshMinutes: 15,
  entries: [buildFeedEntry()],
  ...overrides,
});

/** Parses a feed with ical.js, registering its VTIMEZONEs so TZID times resolve to real instants. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

/** The instants ical.js reads back, refusing floating times (which a client would place in its own zone). */
function readTimes(event: ICAL.Event) {
  for (const time of [event.startDate, event.endDate]) {
    expect(time.zone?.tzid).not.toBe('floating');
  }
  return { start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime() };
}

const rawLines = (text: string) => text.split('\r\n');
const roundTrip = (timezone: string, entries: FeedEntry[]) =>
  parseFeed(renderCalendar(buildFeed({ timezone, entries }))).events.map(readTimes);

afterEach(() => ICAL.TimezoneService.reset());

describe('renderCalendar', () => {
  describe('instants read back by ical.js', () => {
    it('equal the input instants for Asia/Tokyo', () => {
      const entry = buildFeedEntry({ start: at('2026-03-10T09:00:00+09:00'), end: at('2026-03-10T10:30:00+09:00') });
      expect(roundTrip('Asia/Tokyo', [entry])).toEqual([{ start: entry.start, end: entry.end }]);
    });

    it('equal the input instants for America/New_York on both sides of the spring-forward change', () => {
      const entries = [
        buildFeedEntry({
          uid: 'before@x',
          start: at('2026-03-07T09:00:00-05:00'),
          end: at('2026-03-07T10:00:00-05:00'),
        }),
        buildFeedEntry({
          uid: 'after@x',
          start: at('2026-03-09T09:00:00-04:00'),
          end: at('2026-03-09T10:00:00-04:00'),
        }),
        buildFeedEntry({
          uid: 'across@x',
          start: at('2026-03-08T01:00:00-05:00'),
          end: at('2026-03-08T04:00:00-04:00'),
        }),
      ];
      expect(roundTrip('America/New_York', entries)).toEqual(entries.map(({ start, end }) => ({ start, end })));
    });

    it('equal the input instants for America/New_York in the repeated hour of 2026-11-01', () => {
      const entries = [
        buildFeedEntry({
          uid: 'first@x',
          start: at('2026-11-01T01:30:00-04:00'),
          end: at('2026-11-01T01:45:00-04:00'),
        }),
        buildFeedEntry({
          uid: 'second@x',
          start: at('2026-11-01T01:30:00-05:00'),
          end: at('2026-11-01T01:45:00-05:00'),
        }),
      ];
      expect(roundTrip('America/New_York', entries)).toEqual(entries.map(({ start, end }) => ({ start, end })));
    });

    it('equal the input instants for Europe/Berlin before, across and after the spring-forward night', () => {
      const entries = [
        buildFeedEntry({ uid: 'sat@x', start: at('2026-03-28T09:00:00+01:00'), end: at('2026-03-28T10:00:00+01:00') }),
        buildFeedEntry({
          uid: 'night@x',
          start: at('2026-03-28T22:00:00+01:00'),
          end: at('2026-03-29T06:00:00+02:00'),
        }),
        buildFeedEntry({ uid: 'sun@x', start: at('2026-03-29T09:00:00+02:00'), end: at('2026-03-29T10:00:00+02:00') }),
      ];
      expect(roundTrip('Europe/Berlin', entries)).toEqual(entries.map(({ start, end }) => ({ start, end })));
    });

    it('equal the input instants for Europe/Berlin across the fall-back night, including both 02:30s', () => {
      const entries = [
        buildFeedEntry({
          uid: 'night@x',
          start: at('2026-10-24T22:00:00+02:00'),
          end: at('2026-10-25T06:00:00+01:00'),
        }),
        buildFeedEntry({
          uid: 'first@x',
          start: at('2026-10-25T02:30:00+02:00'),
          end: at('2026-10-25T02:50:00+02:00'),
        }),
        buildFeedEntry({
          uid: 'second@x',
          start: at('2026-10-25T02:30:00+01:00'),
          end: at('2026-10-25T03:30:00+01:00'),
        }),
        buildFeedEntry({ uid: 'sun@x', start: at('2026-10-25T09:00:00+01:00'), end: at('2026-10-25T10:00:00+01:00') }),
      ];
      expect(roundTrip('Europe/Berlin', entries)).toEqual(entries.map(({ start, end }) => ({ start, end })));
    });

    it('handle a session crossing midnight', () => {
      const entry = buildFeedEntry({ start: at('2026-03-10T22:30:00+01:00'), end: at('2026-03-11T01:30:00+01:00') });
      const { events } = parseFeed(renderCalendar(buildFeed({ entries: [entry] })));
      expect(readTimes(events[0])).toEqual({ start: entry.start, end: entry.end });
      expect(events[0].startDate.day).toBe(10);
      expect(events[0].endDate.day).toBe(11);
    });

    it('are written as local times with TZID of the event zone and its VTIMEZONE', () => {
      const text = renderCalendar(buildFeed());
      expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260310T090000\r\n');
      expect(text).toContain('DTEND;TZID=Europe/Berlin:20260310T100000\r\n');
      const { calendar } = parseFeed(text);
      expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual([
        'Europe/Berlin',
      ]);
    });

    it('include one VTIMEZONE however many sessions use it', () => {
      const entries = Array.from({ length: 5 }, (_, i) =>
        buildFeedEntry({
          uid: `s${i}@x`,
          start: at('2026-03-10T09:00:00Z') + i * 3_600_000,
          end: at('2026-03-10T10:00:00Z') + i * 3_600_000,
        }),
      );
      expect(renderCalendar(buildFeed({ entries })).match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    });

    it('are written in UTC for an event in UTC', () => {
      const entry = buildFeedEntry({ start: at('2026-03-10T09:00:00Z'), end: at('2026-03-10T10:00:00Z') });
      const text = renderCalendar(buildFeed({ timezone: 'UTC', entries: [entry] }));
      expect(text).toContain('DTSTART:20260310T090000Z\r\n');
      expect(roundTrip('UTC', [entry])).toEqual([{ start: entry.start, end: entry.end }]);
    });

    it.each(['Europe/Kyiv', 'America/Nuuk', 'US/Eastern', 'Asia/Calcutta'])(
      'give every TZID a VTIMEZONE of that name and read back exactly for %s',
      (timezone) => {
        const entry = buildFeedEntry({ start: at('2026-07-10T09:00:00Z'), end: at('2026-07-10T10:00:00Z') });
        const text = renderCalendar(buildFeed({ timezone, entries: [entry] }));
        const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
        const defined = new Set([...text.matchAll(/^TZID:(.+)$/gm)].map((m) => m[1].trim()));
        expect([...used].filter((tzid) => !defined.has(tzid))).toEqual([]);
        expect(roundTrip(timezone, [entry])).toEqual([{ start: entry.start, end: entry.end }]);
      },
    );
  });

  describe('DTSTAMP and LAST-MODIFIED', () => {
    const lastModified = at('2026-02-01T12:34:56Z');
    const text = () =>
      renderCalendar(buildFeed({ timezone: 'Asia/Tokyo', entries: [buildFeedEntry({ lastModified })] }));

    it('are written in UTC with Z', () => {
      const lines = rawLines(text());
      expect(lines.filter((line) => line.startsWith('DTSTAMP'))).toEqual(['DTSTAMP:20260201T123456Z']);
      expect(lines.filter((line) => line.startsWith('LAST-MODIFIED'))).toEqual(['LAST-MODIFIED:20260201T123456Z']);
    });

    it('read back as the session last change', () => {
      const vevent = parseFeed(text()).events[0].component;
      expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).toBe(lastModified);
      expect((vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().getTime()).toBe(lastModified);
    });
  });

  describe('identity and status', () => {
    it('writes the UID as <id>@<domain>', () => {
      const entry = toFeedEntry(buildFeedSession(), feedContext());
      expect(parseFeed(renderCalendar(buildFeed({ entries: [entry] }))).events[0].uid).toBe(
        `${SESSION_ID}@agenda.example.org`,
      );
    });

    it('passes SEQUENCE through', () => {
      const entry = toFeedEntry(buildFeedSession({ sequence: 4 }), feedContext());
      const text = renderCalendar(buildFeed({ entries: [entry] }));
      expect(rawLines(text)).toContain('SEQUENCE:4');
      expect(parseFeed(text).events[0].sequence).toBe(4);
    });

    it.each([
      ['a cancelled session', { status: 'cancelled' }],
      ['a deleted session', { deleted: true }],
    ])('tells subscribers about %s with STATUS:CANCELLED and a "Cancelled: " summary', (_, overrides) => {
      const entry = toFeedEntry(buildFeedSession(overrides), feedContext());
      const { events } = parseFeed(renderCalendar(buildFeed({ entries: [entry] })));
      expect(events[0].component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(events[0].summary).toBe('Cancelled: Testing in production');
      expect(events[0].uid).toBe(`${SESSION_ID}@agenda.example.org`);
    });

    it('writes TENTATIVE and CONFIRMED for live sessions', () => {
      const entries = [
        toFeedEntry(buildFeedSession({ id: 'a', status: 'tentative' }), feedContext()),
        toFeedEntry(buildFeedSession({ id: 'b', status: 'confirmed' }), feedContext()),
      ];
      const { events } = parseFeed(renderCalendar(buildFeed({ entries })));
      expect(events.map((event) => event.component.getFirstPropertyValue('status'))).toEqual([
        'TENTATIVE',
        'CONFIRMED',
      ]);
    });
  });

  describe('text', () => {
    const longTitle =
      '量子コンピューティングの未来と持続可能な社会 🚀🌏✨ 東京国際フォーラム特別講演 — ワークショップ 🎌';

    it('keeps Japanese and emoji titles and descriptions intact through line folding', () => {
      const description = `${longTitle}\n\n登壇者: 山田太郎 👩‍💻, 佐藤花子 🧑🏽‍🔬; 会場 B, 3階`;
      const entry = buildFeedEntry({ summary: longTitle, description, location: '会議室 A, 東京 🗼' });
      const { events } = parseFeed(renderCalendar(buildFeed({ timezone: 'Asia/Tokyo', entries: [entry] })));
      expect(events[0].summary).toBe(longTitle);
      expect(events[0].description).toBe(description);
      expect(events[0].location).toBe('会議室 A, 東京 🗼');
    });

    it('folds every line to at most 75 octets', () => {
      const entry = buildFeedEntry({
        summary: longTitle.repeat(3),
        description: `${'Ünïcödé ✓ '.repeat(40)}\n${longTitle}`,
      });
      const text = renderCalendar(
        buildFeed({ timezone: 'Asia/Tokyo', entries: [entry], url: `https://agenda.example.org/${'x'.repeat(120)}` }),
      );
      const tooLong = rawLines(text).filter((line) => Buffer.byteLength(line, 'utf8') > 75);
      expect(tooLong).toEqual([]);
    });

    it('ends every line with CRLF, never a bare LF or CR', () => {
      const text = renderCalendar(buildFeed({ entries: [buildFeedEntry({ description: 'one\ntwo\r\nthree' })] }));
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });

    it('escapes commas, semicolons, backslashes and newlines so they read back unchanged', () => {
      const description = 'Line one; with semicolon, comma \\ backslash\nLine two';
      const { events } = parseFeed(
        renderCalendar(buildFeed({ entries: [buildFeedEntry({ summary: 'A, B; C', description })] })),
      );
      expect(events[0].summary).toBe('A, B; C');
      expect(events[0].description).toBe(description);
    });

    it('writes categories and the session URL', () => {
      const entry = buildFeedEntry({
        categories: ['Security', 'talk'],
        url: 'https://agenda.example.org/sessions/abc',
      });
      const vevent = parseFeed(renderCalendar(buildFeed({ entries: [entry] }))).events[0].component;
      expect(vevent.getFirstProperty('categories')?.getValues()).toEqual(['Security', 'talk']);
      expect(vevent.getFirstPropertyValue('url')).toBe('https://agenda.example.org/sessions/abc');
    });
  });

  describe('calendar properties', () => {
    const calendar = () =>
      parseFeed(renderCalendar(buildFeed({ refreshMinutes: 60, url: 'https://agenda.example.org/e/calendar.ics' })))
        .calendar;

    it('publishes with METHOD:PUBLISH, VERSION 2.0 and a PRODID', () => {
      expect(calendar().getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(calendar().getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar().getFirstPropertyValue('prodid')).toBe('-//agenda-planner//feeds//EN');
    });

    it('names the calendar and its zone with X-WR-CALNAME and X-WR-TIMEZONE', () => {
      expect(calendar().getFirstPropertyValue('x-wr-calname')).toBe('Test Conference 2026');
      expect(calendar().getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
    });

    it('asks clients to refresh with REFRESH-INTERVAL and X-PUBLISHED-TTL', () => {
      const text = renderCalendar(buildFeed({ refreshMinutes: 60 }));
      expect(rawLines(text)).toEqual(
        expect.arrayContaining(['REFRESH-INTERVAL;VALUE=DURATION:PT60M', 'X-PUBLISHED-TTL:PT60M']),
      );
      expect(String(calendar().getFirstPropertyValue('refresh-interval'))).toMatch(/^PT(60M|1H)$/);
      expect(String(calendar().getFirstPropertyValue('x-published-ttl'))).toBe('PT60M');
    });

    it('renders an empty feed as a valid calendar: no events, the zone as its one component (RFC 5545 needs one)', () => {
      const { calendar: empty, events } = parseFeed(renderCalendar(buildFeed({ entries: [] })));
      expect(events).toEqual([]);
      expect(empty.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
        'Europe/Berlin',
      ]);
      expect(empty.getFirstPropertyValue('method')).toBe('PUBLISH');
    });
  });

  describe('fragment store', () => {
    const countingStore = () => {
      const map = new Map<string, string>();
      const store: FragmentStore & { sets: number } = {
        sets: 0,
        get: (key) => map.get(key),
        set(key, text) {
          this.sets += 1;
          map.set(key, text);
        },
      };
      return store;
    };
    const entries = [buildFeedEntry({ uid: 'a@x' }), buildFeedEntry({ uid: 'b@x', summary: 'Second' })];

    it('gives the same feed with and without a store', () => {
      const store = countingStore();
      const plain = renderCalendar(buildFeed({ entries }));
      expect(renderCalendar(buildFeed({ entries }), store)).toBe(plain);
      expect(renderCalendar(buildFeed({ entries }), store)).toBe(plain);
    });

    it('renders each VEVENT once and only changed ones again', () => {
      const store = countingStore();
      renderCalendar(buildFeed({ entries }), store);
      expect(store.sets).toBe(2);
      renderCalendar(buildFeed({ entries }), store);
      expect(store.sets).toBe(2);
      const changed = [entries[0], { ...entries[1], sequence: 1, summary: 'Second, moved' }];
      const text = renderCalendar(buildFeed({ entries: changed }), store);
      expect(store.sets).toBe(3);
      expect(parseFeed(text).events.map((event) => event.summary)).toEqual(['Testing in production', 'Second, moved']);
    });

    it('does not reuse a fragment rendered for another zone', () => {
      const store = countingStore();
      renderCalendar(buildFeed({ entries, timezone: 'Europe/Berlin' }), store);
      const tokyo = renderCalendar(buildFeed({ entries, timezone: 'Asia/Tokyo' }), store);
      expect(tokyo).toContain('DTSTART;TZID=Asia/Tokyo:20260310T170000');
      expect(tokyo).not.toContain('TZID=Europe/Berlin');
    });
  });
});
