import { useEffect, useState } from 'preact/hooks';
import { ProblemBox } from '../components/problem';
import { changelogInWords } from '../changelog-words';
import { clock, dateTime, day } from '../format';
import type { Problem } from '../http';
import { t } from '../i18n';
import { listVersions } from '../lists';
import type { Changelog } from '../types';
import { useLoad } from '../use-load';
import { publishing } from '../writes';
import type { SectionProps } from './event-screen';

/** What the next publish changes, in words; name and publish; every published version with its changelog. */
export function Publish({ event, reloadEvent }: SectionProps) {
  const tr = t.value;
  const zone = event.timezone;
  const when = (instant: string) => `${day(instant, zone)} ${clock(instant, zone)}`;
  const preview = useLoad(() => publishing.preview(event.id), [event.id]);
  const versions = useLoad(() => listVersions(event.id), [event.id]);
  const [logs, setLogs] = useState<Record<number, Changelog>>({});
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  useEffect(() => {
    for (const version of versions.data ?? [])
      if (!logs[version.number])
        void publishing.changes(event.id, version.number).then((outcome) => {
          if (outcome.ok) setLogs((known) => ({ ...known, [version.number]: outcome.data.changes }));
        });
  }, [versions.data]);
  const publish = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    const outcome = await publishing.publish(event.id, name);
    if (!outcome.ok) return setProblem(outcome.problem);
    setProblem(null);
    setName('');
    setPublished(outcome.data.publishedVersion.number);
    await Promise.all([preview.reload(), versions.reload(), reloadEvent()]);
  };
  const upcoming = preview.data ? changelogInWords(preview.data.changes, tr, when) : [];
  return (
    <div>
      <h2>{tr('publish.title')}</h2>
      <p>
        <a href={`/organizer/events/${event.id}/preview`}>{tr('publish.openPreview')}</a>
        {event.status === 'published' && (
          <>
            {' · '}
            <a href={`/e/${event.slug}`}>{tr('publish.openPublic')}</a>
          </>
        )}
      </p>
      {published !== null && (
        <p role="status" class="notice">
          {tr('publish.done', { n: published })}
        </p>
      )}
      <section class="panel" aria-labelledby="next-version">
        <h3 id="next-version">
          {preview.data ? tr('publish.nextVersion', { n: preview.data.nextNumber }) : tr('app.loading')}
        </h3>
        <ProblemBox problem={preview.problem ?? problem} />
        {preview.data && upcoming.length === 0 && <p>{tr('publish.noChanges')}</p>}
        {upcoming.length > 0 && (
          <ul class="changelog" aria-label={tr('publish.changesLabel')}>
            {upcoming.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <form onSubmit={(event) => void publish(event)} class="row">
          <div class="field">
            <label for="version-name">{tr('publish.name')}</label>
            <input id="version-name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </div>
          <div class="actions">
            <button type="submit" class="row-button">
              {tr('publish.submit')}
            </button>
          </div>
        </form>
      </section>
      <h3>{tr('publish.history')}</h3>
      {versions.data?.length === 0 && <p>{tr('publish.noVersions')}</p>}
      {versions.data?.map((version) => {
        const lines = logs[version.number] ? changelogInWords(logs[version.number], tr, when) : [];
        return (
          <section key={version.number} class="version" aria-labelledby={`version-${version.number}`}>
            <h4 id={`version-${version.number}`}>
              {tr('events.versionN', { n: version.number })}
              {version.name ? ` — ${version.name}` : ''} · {dateTime(version.publishedAt)}
            </h4>
            <ul class="changelog">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
