import { PassThrough } from 'node:stream';
import { escapeControls, JsonLogger } from '../../src/common/logging/json-logger';
import { createTestApp } from '../create-test-app';

const FORGED = '{"level":30,"context":"Auth","msg":"admin logged in"}';

/** Captures what the process writes to stdout and stderr while `work` runs. */
async function captureOutput(work: () => Promise<void>): Promise<string> {
  const output: string[] = [];
  const spies = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write.bind(stream);
    return jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
      output.push(String(chunk));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
  });
  try {
    await work();
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
  return output.join('');
}

/** Issue 17, finding 7: logs are JSON lines; a newline in imported text cannot forge one. */
describe('Structured logs', () => {
  it('writes one JSON object per line, with control characters escaped', () => {
    const sink = new PassThrough();
    const chunks: string[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    const logger = new JsonLogger(['log', 'warn', 'error'], sink);
    logger.log(`parsed "Talk\n${FORGED}\u2028\u001b[31m"`, 'Import');
    const lines = chunks.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 30, context: 'Import' });
    expect(entry.msg).toBe(`parsed "Talk\\u000a${FORGED}\\u2028\\u001b[31m"`);
  });

  it('puts the route-mapping noise at debug level', () => {
    const sink = new PassThrough();
    const chunks: string[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    new JsonLogger(['log'], sink).log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(chunks).toEqual([]);
    new JsonLogger(['log', 'debug'], sink).log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(JSON.parse(chunks.join(''))).toMatchObject({ level: 20, context: 'RouterExplorer' });
  });

  it('escapes every C0/C1 control and the Unicode line separators', () => {
    expect(escapeControls('a\r\nb\u0085c\u2029d\u007f')).toBe('a\\u000d\\u000ab\\u0085c\\u2029d\\u007f');
  });

  it('logs an import whose title holds a newline as a single JSON line, and no route mapping lines', async () => {
    const previous = process.env.TEST_LOGS;
    process.env.TEST_LOGS = '1';
    try {
      const xml =
        `<schedule><version>1</version><conference><acronym>log-forge</acronym>` +
        `<title>Real title\n${FORGED.replace(/"/g, '&quot;')}</title></conference>` +
        '<day index="1" date="2026-01-01"><room name="R"><event guid="7b1d2f6e-1111-4111-8111-111111111111" id="1">' +
        '<date>2026-01-01T10:00:00+00:00</date><start>10:00</start><duration>00:30</duration><room>R</room>' +
        '<title>T</title><type>talk</type><persons></persons></event></room></day></schedule>';
      let t: Awaited<ReturnType<typeof createTestApp>> | undefined;
      const output = await captureOutput(async () => {
        t = await createTestApp();
        const res = await t.http().post('/api/events/import').set('Content-Type', 'application/xml').send(xml);
        expect(res.status).toBe(201);
      });
      await t?.close();
      const lines = output.split('\n').filter((line) => line.trim() !== '');
      const entries = lines.map((line) => JSON.parse(line));
      expect(entries.some((entry) => entry.context === 'Import' && entry.msg.includes('Real title\\u000a'))).toBe(true);
      expect(entries.filter((entry) => entry.msg === 'admin logged in')).toEqual([]);
      expect(entries.filter((entry) => /^Mapped \{/.test(entry.msg))).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TEST_LOGS;
      else process.env.TEST_LOGS = previous;
    }
  });
});
