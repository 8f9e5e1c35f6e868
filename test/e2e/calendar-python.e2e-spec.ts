import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSession, create, createProgram } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { iso } from '../support/ical';
import { describeWhen } from '../support/requirements';

/** Debian's python3-icalendar is importable only from the system interpreter. */
const PYTHON = '/usr/bin/python3';
const READ_BACK = `
import sys, icalendar, datetime
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    s, e = ev.decoded('DTSTART'), ev.decoded('DTEND')
    print(str(ev['UID']), s.astimezone(datetime.timezone.utc).isoformat(), e.astimezone(datetime.timezone.utc).isoformat())
`;

function pythonIcalendarAvailable(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import icalendar'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = pythonIcalendarAvailable()
  ? undefined
  : `${PYTHON} cannot import icalendar (apt-get install python3-icalendar)`;

describeWhen(missing, "Calendar feeds read by Python's icalendar", () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'ics-'));

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['Europe/Berlin', '2026-03-28', '2026-03-29', '2026-03-28T23:30:00+01:00', '2026-03-29T03:30:00+02:00'],
    ['Asia/Tokyo', '2026-03-10', '2026-03-11', '2026-03-10T09:00:00+09:00', '2026-03-10T10:30:00+09:00'],
    ['America/New_York', '2026-10-31', '2026-11-01', '2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00'],
  ])('reads the same instants as the API in %s', async (timezone, startDate, endDate, startsAt, endsAt) => {
    const p = await createProgram(t.http, { timezone, startDate, endDate });
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ startsAt, endsAt }));
    await t.http().post(`${p.base}/publish`).expect(200);
    const feed = await t.http().get(`${p.base}/calendar.ics`).expect(200);
    const file = join(dir, `${p.eventId}.ics`);
    writeFileSync(file, feed.text);
    const [uid, start, end] = execFileSync(PYTHON, ['-c', READ_BACK, file], { encoding: 'utf8' }).trim().split(' ');
    expect(uid).toBe(`${session.id}@test.agenda.example`);
    expect(iso(start)).toBe(iso(session.startsAt));
    expect(iso(end)).toBe(iso(session.endsAt));
  });
});
