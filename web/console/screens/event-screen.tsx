import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { ScheduleEditor } from '../../editor/ScheduleEditor';
import { ProblemBox } from '../components/problem';
import { dateLabel } from '../format';
import { lang, t, type MessageKey } from '../i18n';
import type { EventItem } from '../types';
import { useLoad } from '../use-load';
import { events } from '../writes';
import { Audit } from './audit';
import { DataSection } from './data';
import { EventSettings } from './event-settings';
import { Preview } from './preview';
import { Publish } from './publish';
import { Rooms } from './rooms';
import { Sessions } from './sessions';
import { Slots } from './slots';
import { Speakers } from './speakers';
import { Team } from './team';
import { Tracks } from './tracks';

export interface SectionProps {
  event: EventItem;
  reloadEvent: () => Promise<void>;
}

/** The sections of an event, in the order an organizer builds a program; each is /organizer/events/:eventId/<section>. */
const SECTIONS: { path: string; label: MessageKey; component: FunctionComponent<SectionProps> }[] = [
  { path: '', label: 'section.settings', component: EventSettings },
  { path: 'tracks', label: 'section.tracks', component: Tracks },
  { path: 'rooms', label: 'section.rooms', component: Rooms },
  { path: 'slots', label: 'section.slots', component: Slots },
  { path: 'speakers', label: 'section.speakers', component: Speakers },
  { path: 'sessions', label: 'section.sessions', component: Sessions },
  { path: 'preview', label: 'section.preview', component: Preview },
  { path: 'publish', label: 'section.publish', component: Publish },
  { path: 'data', label: 'section.data', component: DataSection },
  { path: 'team', label: 'section.team', component: Team },
  { path: 'audit', label: 'section.audit', component: Audit },
  {
    path: 'schedule',
    label: 'section.schedule',
    component: ({ event }) => <ScheduleEditor eventId={event.id} lang={lang.value} />,
  },
];

export function EventScreen({ eventId, section = '' }: { eventId: string; section?: string }) {
  const tr = t.value;
  const event = useLoad(() => events.get(eventId), [eventId]);
  const current = SECTIONS.find((candidate) => candidate.path === section);
  useEffect(() => {
    if (event.data) document.title = `${tr(current?.label ?? 'app.notFound')} · ${event.data.name}`;
  }, [event.data, current, tr]);
  if (event.problem) return <ProblemBox problem={event.problem} />;
  if (!event.data) return <p role="status">{tr('app.loading')}</p>;
  const base = `/organizer/events/${eventId}`;
  const Section = current?.component;
  return (
    <div class="event-layout">
      <div class="event-head">
        <h1>{event.data.name}</h1>
        <p class="event-meta">
          {dateLabel(event.data.startDate)} – {dateLabel(event.data.endDate)} ·{' '}
          {tr('event.zoneNamed', { zone: event.data.timezone })}
          {' · '}
          <span class={`badge badge-${event.data.status}`}>{tr(`status.${event.data.status}` as MessageKey)}</span>
        </p>
      </div>
      <nav class="event-nav" aria-label={tr('nav.eventLabel')}>
        {SECTIONS.map((candidate) => (
          <a
            key={candidate.path}
            href={candidate.path ? `${base}/${candidate.path}` : base}
            aria-current={candidate === current ? 'page' : undefined}
          >
            {tr(candidate.label)}
          </a>
        ))}
        <a href={`${base}/insights`}>{tr('section.insights')}</a>
      </nav>
      <section class="event-section" aria-label={tr(current?.label ?? 'app.notFound')}>
        {Section ? <Section event={event.data} reloadEvent={event.reload} /> : <p>{tr('app.notFound')}</p>}
      </section>
    </div>
  );
}
