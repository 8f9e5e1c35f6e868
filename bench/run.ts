import { cpus, loadavg, totalmem } from 'node:os';
import { benchEditor } from './editor.bench';
import { benchExport } from './export.bench';
import { benchFeeds } from './feeds.bench';
import { benchFuzz } from './fuzz.bench';
import { benchImport } from './import.bench';
import { benchImportStall } from './import-stall.bench';
import { benchInsights } from './insights.bench';
import { benchLighthouse } from './lighthouse.bench';
import { benchMemory } from './memory.bench';
import { benchPage } from './page.bench';
import { benchPlanner } from './planner.bench';
import { Report } from './report';
import { benchRest } from './rest.bench';
import { benchSoak } from './soak.bench';
import { benchWrites } from './writes.bench';

const SECTIONS: Record<string, (report: Report) => Promise<void>> = {
  feeds: benchFeeds,
  import: benchImport,
  'import-stall': benchImportStall,
  insights: benchInsights,
  soak: benchSoak,
  fuzz: benchFuzz,
  rest: benchRest,
  export: benchExport,
  writes: benchWrites,
  memory: benchMemory,
  planner: benchPlanner,
  editor: benchEditor,
  page: benchPage,
  lighthouse: benchLighthouse,
};

/** Sections that run once on SQLite and, when DATABASE_URL is set, again on PostgreSQL. */
const PER_DATABASE = new Set(['import', 'import-stall', 'feeds', 'rest', 'export', 'writes', 'memory']);

/** The report as one database pass sees it: each row names the database it was measured on. */
function onDatabase(report: Report, database: string): Report {
  const view = Object.create(report) as Report;
  view.add = (section, ...rest) => report.add(`${section} (${database})`, ...rest);
  return view;
}

/** `npm run bench [section ...]`: every figure next to a baseline measured in the same run, medians of several runs. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const report = new Report();
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, database ${process.env.DATABASE_URL ? `SQLite, then PostgreSQL for ${[...PER_DATABASE].join(', ')}` : 'SQLite'}, load average ${loadavg()[0].toFixed(1)}`,
  );
  const postgresUrl = process.env.DATABASE_URL;
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    for (const url of PER_DATABASE.has(name) && postgresUrl ? [undefined, postgresUrl] : [postgresUrl]) {
      if (url) process.env.DATABASE_URL = url;
      else delete process.env.DATABASE_URL;
      const database = url ? 'PostgreSQL' : 'SQLite';
      console.log(`\n== ${name}${PER_DATABASE.has(name) ? ` (${database})` : ''}`);
      await run(PER_DATABASE.has(name) ? onDatabase(report, database) : report);
    }
  }
  if (postgresUrl) process.env.DATABASE_URL = postgresUrl;
  report.print();
  // A shared machine: other processes' load skews every figure, so say how busy it was.
  console.log(
    `Load average at the end: ${loadavg()
      .map((value) => value.toFixed(1))
      .join(', ')} (1, 5, 15 min) on ${cpus().length} cores`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
