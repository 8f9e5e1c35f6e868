import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adminToken, bearer } from './bench-auth';
import { startBenchApp } from './bench-app';
import { median } from './http-load';
import { Report } from './report';

const FOSDEM = resolve(__dirname, '../../shared/fixtures/real/fosdem-2025-schedule.xml');
const ROUNDS = 3;

/** Issue 4: importing FOSDEM 2025 over HTTP against a bare parse of the same file. */
export async function benchImport(report: Report): Promise<void> {
  if (!existsSync(FOSDEM)) {
    console.log(`  skipped: ${FOSDEM} is missing`);
    return;
  }
  const xml = readFileSync(FOSDEM, 'utf8');
  const bareParse: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    new XMLParser({ ignoreAttributes: false }).parse(xml);
    bareParse.push(performance.now() - started);
  }
  const imports: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const bench = await startBenchApp();
    try {
      const headers = { ...bearer(await adminToken(bench)), 'content-type': 'application/xml' };
      const started = performance.now();
      const response = await fetch(`${bench.url}/api/events/import`, { method: 'POST', headers, body: xml });
      if (response.status !== 201) throw new Error(`import answered ${response.status}: ${await response.text()}`);
      imports.push(performance.now() - started);
    } finally {
      await bench.close();
    }
  }
  report.add('import', 'bare parse of FOSDEM 2025 schedule.xml (fast-xml-parser)', median(bareParse), 'ms');
  const ratio = median(imports) / median(bareParse);
  report.add('import', 'import of FOSDEM 2025 over HTTP (943 sessions, one transaction)', median(imports), 'ms', {
    ratio,
    target: '≤ 4 × bare parse',
    pass: ratio <= 4,
  });
}
