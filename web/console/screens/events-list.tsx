import { useEffect, useState } from 'preact/hooks';
import { ProblemBox } from '../components/problem';
import { dateLabel } from '../format';
import { t, type MessageKey } from '../i18n';
import { listEvents, listVersions } from '../lists';
import { useLoad } from '../use-load';

/** The events I have a role in (the API lists those, plus published ones), with status and last published version. */
export function EventsList() {
  const tr = t.value;
  const events = useLoad(listEvents, []);
  const [versions, setVersions] = useState<Record<string, number>>({});
  useEffect(() => {
    for (const event of events.data ?? [])
      if (event.status === 'published')
        void listVersions(event.id).then((outcome) => {
          const last = outcome.ok ? Math.max(0, ...outcome.data.map((version) => version.number)) : 0;
          if (last) setVersions((known) => ({ ...known, [event.id]: last }));
        });
  }, [events.data]);
  return (
    <section>
      <div class="title-row">
        <h1>{tr('events.title')}</h1>
        <a class="button" href="/organizer/events/new">
          {tr('events.create')}
        </a>
      </div>
      <ProblemBox problem={events.problem} />
      {events.data && events.data.length === 0 && <p>{tr('events.none')}</p>}
      {events.data && events.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{tr('events.name')}</th>
              <th scope="col">{tr('events.dates')}</th>
              <th scope="col">{tr('events.zone')}</th>
              <th scope="col">{tr('events.status')}</th>
              <th scope="col">{tr('events.lastVersion')}</th>
            </tr>
          </thead>
          <tbody>
            {events.data.map((event) => (
              <tr key={event.id}>
                <td>
                  <a href={`/organizer/events/${event.id}`}>{event.name}</a>
                </td>
                <td>
                  {dateLabel(event.startDate)} – {dateLabel(event.endDate)}
                </td>
                <td>{event.timezone}</td>
                <td>
                  <span class={`badge badge-${event.status}`}>{tr(`status.${event.status}` as MessageKey)}</span>
                </td>
                <td>{versions[event.id] ? tr('events.versionN', { n: versions[event.id] }) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
