import { useState } from 'preact/hooks';
import { ProblemBox } from '../components/problem';
import { dateTime } from '../format';
import { t } from '../i18n';
import { auditPage } from '../lists';
import { useLoad } from '../use-load';
import type { SectionProps } from './event-screen';

const LIMIT = 25;

interface AuditEntry {
  id: string;
  at: string;
  actor?: { name?: string };
  method: string;
  entity?: string;
  status: number;
}

/** Who changed what, newest first, a page at a time. */
export function Audit({ event }: SectionProps) {
  const tr = t.value;
  const [page, setPage] = useState(1);
  const audit = useLoad(() => auditPage(event.id, page, LIMIT), [event.id, page]);
  const entries = (audit.data?.items ?? []) as unknown as AuditEntry[];
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / LIMIT));
  return (
    <div>
      <h2>{tr('section.audit')}</h2>
      <ProblemBox problem={audit.problem} />
      <table>
        <thead>
          <tr>
            <th scope="col">{tr('audit.when')}</th>
            <th scope="col">{tr('audit.who')}</th>
            <th scope="col">{tr('audit.what')}</th>
            <th scope="col">{tr('audit.result')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{dateTime(entry.at, event.timezone)}</td>
              <td>{entry.actor?.name ?? ''}</td>
              <td>
                {entry.method} {entry.entity ?? ''}
              </td>
              <td>{entry.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="actions" aria-label={tr('audit.pages')}>
        <button type="button" class="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {tr('audit.newer')}
        </button>
        {audit.data && <span>{tr('audit.pageOf', { page, pages })}</span>}
        <button type="button" class="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {tr('audit.older')}
        </button>
      </nav>
    </div>
  );
}
