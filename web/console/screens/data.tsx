import { useState } from 'preact/hooks';
import { ProblemBox } from '../components/problem';
import type { Problem } from '../http';
import { t } from '../i18n';
import { type ImportReport, imports } from '../writes';
import type { SectionProps } from './event-screen';

type Kind = 'csv' | 'xml' | 'json';
const kindOf = (name: string): Kind | undefined =>
  /\.csv$/i.test(name) ? 'csv' : /\.xml$/i.test(name) ? 'xml' : /\.json$/i.test(name) ? 'json' : undefined;

/** Import (a check first where the API offers one) and every export and feed of the event. */
export function DataSection({ event }: SectionProps) {
  const tr = t.value;
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const kind = file ? kindOf(file.name) : undefined;
  const run = async (dryRun: boolean) => {
    if (!file || !kind) return;
    setBusy(true);
    setReport(null);
    const text = await file.text();
    const outcome =
      kind === 'csv' ? await imports.csv(event.id, text, dryRun) : await imports.schedule(event.id, text, kind);
    setBusy(false);
    setProblem(outcome.ok ? null : outcome.problem);
    if (outcome.ok) setReport(outcome.data);
  };
  const api = `/api/events/${event.id}`;
  const exports: [string, string][] = [
    [tr('data.scheduleXml'), `${api}/schedule.xml`],
    [tr('data.scheduleJson'), `${api}/schedule.json`],
    [tr('data.csv'), `${api}/sessions.csv`],
    [tr('data.backup'), `${api}/export.json`],
    [tr('data.ics'), `${api}/calendar.ics`],
    [tr('data.feeds'), `${api}/feeds`],
    [tr('data.changesAtom'), `${api}/changes.atom`],
  ];
  const findings: { row?: number; message: string }[] = [...(report?.warnings ?? []), ...(report?.conflicts ?? [])];
  return (
    <div class="split">
      <section class="panel" aria-labelledby="import-title">
        <h2 id="import-title">{tr('data.import')}</h2>
        <p class="hint">{tr('data.importHint')}</p>
        <div class="field">
          <label for="import-file">{tr('data.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xml,.json,text/csv,application/xml,application/json"
            onChange={(e) => {
              setFile((e.target as HTMLInputElement).files?.[0] ?? null);
              setReport(null);
              setProblem(null);
            }}
          />
        </div>
        {file && !kind && <p class="field-error">{tr('data.unknownKind')}</p>}
        <div class="actions">
          {kind === 'csv' && (
            <button type="button" class="secondary" disabled={busy} onClick={() => void run(true)}>
              {tr('data.dryRun')}
            </button>
          )}
          <button type="button" disabled={busy || !kind} onClick={() => void run(false)}>
            {tr('data.importSubmit')}
          </button>
        </div>
        {busy && (
          <p role="status">
            <progress aria-label={tr('data.uploading')} /> {tr('data.uploading')}
          </p>
        )}
        <ProblemBox problem={problem} invalidHeading={tr('data.refused')} />
        {report && (
          <div role="status">
            <p>
              {report.dryRun ? tr('data.checked') : tr('data.imported')}{' '}
              {typeof report.created === 'number'
                ? tr('data.counts', {
                    created: report.created,
                    updated: report.updated ?? 0,
                    unchanged: report.unchanged ?? 0,
                  })
                : report.changes
                  ? tr('data.counts', { created: report.changes.added, updated: report.changes.updated, unchanged: 0 })
                  : ''}
            </p>
            {findings.length > 0 && (
              <>
                <h3>{tr('data.report')}</h3>
                <ul>
                  {findings.map((finding, index) => (
                    <li key={index}>
                      {finding.row ? `${tr('data.row', { n: finding.row })}: ` : ''}
                      {finding.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">{tr('data.exports')}</h2>
        <ul>
          {exports.map(([label, href]) => (
            <li key={href}>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
        {event.status !== 'published' && <p class="hint">{tr('data.feedsAfterPublish')}</p>}
      </section>
    </div>
  );
}
