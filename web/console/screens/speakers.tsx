import { AvailabilityGrid } from '../components/availability-grid';
import { TextArea, TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import { FormButtons, RowActions } from '../components/row-actions';
import { cellsFromWindows, windowsFromCells } from '../availability';
import { timeRange } from '../format';
import { t } from '../i18n';
import { usePieceEditor } from '../piece-editor';
import type { Speaker } from '../types';
import { useProgram } from '../use-program';
import { pieces } from '../writes';
import { daysOf } from '../zoned';
import type { SectionProps } from './event-screen';

interface SpeakerDraft {
  name: string;
  affiliation: string;
  bio: string;
  email: string;
  anyTime: boolean;
  cells: string[];
}

/** Speakers: name, affiliation, bio, private e-mail, and availability on a day × hour grid. */
export function Speakers({ event }: SectionProps) {
  const tr = t.value;
  const days = daysOf(event.startDate, event.endDate);
  const { program, problem: loadProblem, reload } = useProgram(event.id, ['speakers']);
  const form = usePieceEditor<Speaker, SpeakerDraft>({
    kind: 'speakers',
    eventId: event.id,
    empty: () => ({ name: '', affiliation: '', bio: '', email: '', anyTime: true, cells: [] }),
    toDraft: (speaker) => ({
      name: speaker.name,
      affiliation: speaker.affiliation ?? '',
      bio: speaker.bio ?? '',
      email: speaker.email ?? '',
      anyTime: !speaker.availability,
      cells: speaker.availability ? [...cellsFromWindows(speaker.availability)] : [],
    }),
    toBody: (draft) => ({
      name: draft.name,
      affiliation: draft.affiliation || null,
      bio: draft.bio || null,
      email: draft.email || null,
      availability: draft.anyTime ? null : windowsFromCells(new Set(draft.cells), days, event.timezone),
    }),
    saved: reload,
  });
  return (
    <div class="stacked">
      <h2>{tr('section.speakers')}</h2>
      <form class="panel" onSubmit={form.submit} noValidate aria-labelledby="speaker-form-title">
        <h3 id="speaker-form-title">{form.editing ? tr('speakers.edit') : tr('speakers.add')}</h3>
        <ProblemBox problem={form.problem} onReload={form.reloadTheirs} onOverwrite={form.overwrite} />
        <TextField
          label={tr('speakers.name')}
          name="name"
          value={form.draft.name}
          onInput={(name) => form.update({ name })}
          problem={form.problem}
        />
        <TextField
          label={tr('speakers.affiliation')}
          name="affiliation"
          value={form.draft.affiliation}
          onInput={(affiliation) => form.update({ affiliation })}
          problem={form.problem}
        />
        <TextField
          label={tr('speakers.email')}
          name="email"
          type="email"
          hint={tr('speakers.emailHint')}
          value={form.draft.email}
          onInput={(email) => form.update({ email })}
          problem={form.problem}
        />
        <TextArea
          label={tr('speakers.bio')}
          name="bio"
          value={form.draft.bio}
          onInput={(bio) => form.update({ bio })}
          problem={form.problem}
        />
        <fieldset>
          <legend>{tr('speakers.availability')}</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={form.draft.anyTime}
              onChange={(e) => form.update({ anyTime: (e.target as HTMLInputElement).checked })}
            />
            {tr('speakers.anyTime')}
          </label>
          {!form.draft.anyTime && (
            <AvailabilityGrid days={days} cells={form.draft.cells} onChange={(cells) => form.update({ cells })} />
          )}
          {form.problem?.byField.availability && (
            <p class="field-error">{form.problem.byField.availability.join(' · ')}</p>
          )}
        </fieldset>
        <FormButtons editing={!!form.editing} busy={form.busy} onCancel={() => form.open(null)} />
      </form>
      <div>
        <ProblemBox problem={loadProblem} />
        {program.speakers.length === 0 ? (
          <p>{tr('speakers.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{tr('common.name')}</th>
                <th scope="col">{tr('speakers.affiliation')}</th>
                <th scope="col">{tr('speakers.availability')}</th>
                <th scope="col">{tr('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {[...program.speakers]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((speaker) => (
                  <tr key={speaker.id}>
                    <td>{speaker.name}</td>
                    <td>{speaker.affiliation ?? ''}</td>
                    <td>
                      {speaker.availability
                        ? speaker.availability
                            .map((window) => timeRange(window.startsAt, window.endsAt, event.timezone))
                            .join(', ')
                        : tr('speakers.anyTime')}
                    </td>
                    <td>
                      <RowActions
                        name={speaker.name}
                        onEdit={() => form.open(speaker)}
                        onDelete={() => void pieces.remove('speakers', event.id, speaker.id).then(reload)}
                      />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
