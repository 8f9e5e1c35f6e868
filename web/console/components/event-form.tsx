import { TextArea, TextField } from './fields';
import { ZonePicker } from './zone-picker';
import type { Problem } from '../http';
import { t } from '../i18n';

export interface EventDraft {
  name: string;
  slug: string;
  timezone: string;
  startDate: string;
  endDate: string;
  venue: string;
  description: string;
}

export const eventBody = (draft: EventDraft) => ({
  name: draft.name,
  ...(draft.slug ? { slug: draft.slug } : {}),
  timezone: draft.timezone,
  startDate: draft.startDate,
  endDate: draft.endDate,
  venue: draft.venue || undefined,
  description: draft.description || undefined,
});

/** The fields of an event, for creating one and for its settings. */
export function EventFields(props: {
  draft: EventDraft;
  update: (patch: Partial<EventDraft>) => void;
  problem: Problem | null;
}) {
  const tr = t.value;
  const { draft, update, problem } = props;
  return (
    <>
      <TextField
        label={tr('event.name')}
        name="name"
        required
        value={draft.name}
        onInput={(name) => update({ name })}
        problem={problem}
      />
      <TextField
        label={tr('event.slug')}
        name="slug"
        hint={tr('event.slugHint')}
        value={draft.slug}
        onInput={(slug) => update({ slug })}
        problem={problem}
      />
      <ZonePicker value={draft.timezone} onChange={(timezone) => update({ timezone })} problem={problem} />
      <div class="row">
        <TextField
          label={tr('event.startDate')}
          name="startDate"
          type="date"
          value={draft.startDate}
          onInput={(startDate) => update({ startDate, endDate: draft.endDate || startDate })}
          problem={problem}
        />
        <TextField
          label={tr('event.endDate')}
          name="endDate"
          type="date"
          value={draft.endDate}
          onInput={(endDate) => update({ endDate })}
          problem={problem}
        />
      </div>
      <TextField
        label={tr('event.venue')}
        name="venue"
        value={draft.venue}
        onInput={(venue) => update({ venue })}
        problem={problem}
      />
      <TextArea
        label={tr('event.description')}
        name="description"
        value={draft.description}
        onInput={(description) => update({ description })}
        problem={problem}
      />
    </>
  );
}
