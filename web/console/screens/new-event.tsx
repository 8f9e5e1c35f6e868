import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { EventFields, eventBody, type EventDraft } from '../components/event-form';
import { ProblemBox } from '../components/problem';
import { useDraft } from '../drafts';
import type { Problem } from '../http';
import { t } from '../i18n';
import { events } from '../writes';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function NewEvent() {
  const tr = t.value;
  const { route } = useLocation();
  const [draft, update, reset] = useDraft<EventDraft>('event:new', () => ({
    name: '',
    slug: '',
    timezone: browserZone(),
    startDate: '',
    endDate: '',
    venue: '',
    description: '',
  }));
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const outcome = await events.create(eventBody(draft));
    if (!outcome.ok) return setProblem(outcome.problem);
    reset();
    route(`/organizer/events/${outcome.data.id}`);
  };
  return (
    <section class="narrow">
      <h1>{tr('events.create')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ProblemBox problem={problem} />
        <EventFields draft={draft} update={update} problem={problem} />
        <button type="submit">{tr('events.createSubmit')}</button>
      </form>
    </section>
  );
}
