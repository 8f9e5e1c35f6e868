import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProgram } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { describeWithFixtures, realFixture } from '../support/fixtures';
import { parseCalendar } from '../support/ical';

const PYTHON = '/usr/bin/python3';
/** Every VEVENT's UID, URL and DESCRIPTION as python icalendar reads them, one JSON line each. */
const READ_BACK = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(json.dumps({'components': [c.name for c in cal.subcomponents]}))
for ev in cal.walk('VEVENT'):
    print(json.dumps({'uid': str(ev['UID']), 'url': str(ev.get('URL', '')), 'description': str(ev.get('DESCRIPTION', ''))}))
`;
const pythonRead = (file: string) =>
  execFileSync(PYTHON, ['-c', READ_BACK, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

const TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;

describeWithFixtures('calendar feeds: plain-text descriptions, page URLs, valid when empty', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'ics-rich-'));

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('FOSDEM (942 HTML abstracts): no HTML tag in any description for python icalendar and ical.js; URL is the session page', async () => {
    const res = await t
      .http()
      .post('/api/events/import')
      .set('Content-Type', 'application/xml')
      .send(realFixture('fosdem-2025-schedule.xml'));
    const { id: eventId, slug } = res.body.event;
    await t.http().post(`/api/events/${eventId}/publish`).expect(200);
    const feed = (await t.http().get(`/api/events/${eventId}/calendar.ics`).expect(200)).text;

    const viaIcalJs = parseCalendar(feed).events;
    expect(viaIcalJs).toHaveLength(943);
    for (const event of viaIcalJs) {
      expect(event.description ?? '').not.toMatch(TAG);
      expect(event.url).toMatch(new RegExp(`^https://agenda\\.example/e/${slug}#s=[0-9a-f-]{36}$`));
    }
    const file = join(dir, 'fosdem.ics');
    writeFileSync(file, feed);
    const [, ...viaPython] = pythonRead(file);
    expect(viaPython).toHaveLength(943);
    for (const event of viaPython) expect(event.description).not.toMatch(TAG);
    // the abstract's words are there, and the session's own page at FOSDEM is kept beside ours
    const callee = viaPython.find((e: any) => e.description.includes('callee-saved'))!;
    expect(callee.description).toContain(
      'More: https://fosdem.org/2025/schedule/event/fosdem-2025-6210-a-new-approach-to-callee-saved-registers-in-llvm/',
    );
    expect(callee.url).toMatch(/^https:\/\/agenda\.example\/e\//);
  });

  it('an event without sessions is still a valid calendar: one VTIMEZONE, no VEVENT', async () => {
    const p = await createProgram(t.http, { timezone: 'Asia/Tokyo', startDate: '2026-03-10', endDate: '2026-03-11' });
    const sessions = (await t.http().get(`${p.base}/sessions?limit=100`).expect(200)).body.items;
    for (const session of sessions) await t.http().delete(`${p.base}/sessions/${session.id}`).expect(204);
    await t.http().post(`${p.base}/publish`).expect(200);
    const feed = (await t.http().get(`${p.base}/calendar.ics`).expect(200)).text;
    expect(parseCalendar(feed).events).toEqual([]);
    const file = join(dir, 'empty.ics');
    writeFileSync(file, feed);
    const [{ components }] = pythonRead(file);
    expect(components).toEqual(['VTIMEZONE']);
    expect(feed).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Tokyo\r\n/);
  });
});
