import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { EventFields, eventBody, type EventDraft } from '../components/event-form';
import { ProblemBox } from '../components/problem';
import { EmbedSnippet } from '../embed-snippet/embed-snippet';
import { useDraft } from '../drafts';
import type { Problem } from '../http';
import { t } from '../i18n';
import { events } from '../writes';
import type { SectionProps } from './event-screen';

/** The event's settings, and deleting it after typing its name. */
export function EventSettings({ event, reloadEvent }: SectionProps) {
  const tr = t.value;
  const { route } = useLocation();
  const [draft, update, reset] = useDraft<EventDraft>(`event:${event.id}:${event.version}`, () => ({
    name: event.name,
    slug: event.slug,
    timezone: event.timezone,
    startDate: event.startDate,
    endDate: event.endDate,
    venue: event.venue ?? '',
    description: event.description ?? '',
  }));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmName, setConfirmName] = useState('');
  const save = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    const outcome = await events.update(event.id, eventBody(draft), event.version);
    setSaved(outcome.ok);
    if (!outcome.ok) return setProblem(outcome.problem);
    setProblem(null);
    reset();
    await reloadEvent();
  };
  const remove = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    const outcome = await events.remove(event.id);
    if (!outcome.ok) return setProblem(outcome.problem);
    route('/organizer');
  };
  return (
    <div class="narrow">
      <h2>{tr('section.settings')}</h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <ProblemBox problem={problem} onReload={() => void reloadEvent()} />
        {saved && <p role="status">{tr('common.saved')}</p>}
        <EventFields draft={draft} update={update} problem={problem} />
        <button type="submit">{tr('common.save')}</button>
      </form>
      <EmbedSnippet event={event} />
      <h2>{tr('event.deleteTitle')}</h2>
      <form onSubmit={(event) => void remove(event)} class="danger-zone">
        <p>{tr('event.deleteWarning', { name: event.name })}</p>
        <label>
          {tr('event.deleteConfirm')}
          <input value={confirmName} onInput={(e) => setConfirmName((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="danger" disabled={confirmName !== event.name}>
          {tr('event.delete')}
        </button>
      </form>
    </div>
  );
}
