import { createTestApp } from '../test/create-test-app';
import { createFuzzFixture } from '../test/fuzz/fuzz-fixture';
import { formatStats, runFuzz } from '../test/fuzz/run-fuzz';
import { Report } from './report';

/**
 * Issue 10, soak mode of the fuzz test (test/e2e/fuzz-writes.e2e-spec.ts runs 2,000 in CI):
 * FUZZ_RUNS (default 10,000) hostile requests against every write endpoint of the real app
 * over HTTP, on SQLite, or on DATABASE_URL. FUZZ_SEED replays a run.
 */
export async function benchFuzz(report: Report): Promise<void> {
  const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
  const t = await createTestApp();
  try {
    const fixture = await createFuzzFixture(t);
    const stats = await runFuzz(t, fixture, {
      runs,
      seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
      progress: (done) => done % 1000 === 0 && console.log(`  ${done} cases...`),
    });
    console.log(`  ${formatStats(stats).replace(/\n/g, '\n  ')}`);
    for (const failure of stats.failures) console.log(`  FAILED: ${failure}`);
    report.add('fuzz', `hostile requests (seed ${stats.seed})`, stats.cases, 'cases');
    report.add('fuzz', 'accepted (valid) writes among them', stats.accepted, 'writes');
    report.add('fuzz', '5xx answers', stats.serverErrors, 'answers', { target: '0', pass: stats.serverErrors === 0 });
    report.add(
      'fuzz',
      'failed checks (error body, database changed on a 4xx, stored ≠ acknowledged)',
      stats.failures.length,
      'cases',
      {
        target: '0',
        pass: stats.failures.length === 0,
      },
    );
    report.add('fuzz', 'time per case', stats.ms / Math.max(1, stats.cases), 'ms');
  } finally {
    await t.close();
  }
}
