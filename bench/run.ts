import { cpus, totalmem } from 'node:os';
import { benchFeeds } from './feeds.bench';
import { benchImport } from './import.bench';
import { Report } from './report';

const SECTIONS: Record<string, (report: Report) => Promise<void>> = {
  feeds: benchFeeds,
  import: benchImport,
};

/** `npm run bench [section ...]`: every figure next to a baseline measured in the same run, medians of several runs. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const report = new Report();
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`);
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    console.log(`\n== ${name}`);
    await run(report);
  }
  report.print();
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
