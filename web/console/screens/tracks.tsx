import { Field, TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import { FormButtons, RowActions } from '../components/row-actions';
import { t } from '../i18n';
import { usePieceEditor } from '../piece-editor';
import type { Track } from '../types';
import { useProgram } from '../use-program';
import { pieces } from '../writes';
import type { SectionProps } from './event-screen';

const PALETTE = ['#0b5cad', '#b3261e', '#1d6b36', '#7a3fa0', '#a86b00', '#00707a'];

/** Tracks: name and colour. */
export function Tracks({ event }: SectionProps) {
  const tr = t.value;
  const { program, problem: loadProblem, reload } = useProgram(event.id, ['tracks']);
  const form = usePieceEditor<Track, { name: string; color: string; description: string }>({
    kind: 'tracks',
    eventId: event.id,
    empty: () => ({ name: '', color: PALETTE[program.tracks.length % PALETTE.length], description: '' }),
    toDraft: (track) => ({ name: track.name, color: track.color ?? '#0b5cad', description: track.description ?? '' }),
    toBody: (draft) => ({ name: draft.name, color: draft.color, description: draft.description || null }),
    saved: reload,
  });
  return (
    <div class="split">
      <div>
        <h2>{tr('section.tracks')}</h2>
        <ProblemBox problem={loadProblem} />
        {program.tracks.length === 0 ? (
          <p>{tr('tracks.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{tr('common.name')}</th>
                <th scope="col">{tr('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {program.tracks.map((track) => (
                <tr key={track.id}>
                  <td>
                    <span class="swatch" style={{ background: track.color ?? 'transparent' }} aria-hidden="true" />
                    {track.name}
                  </td>
                  <td>
                    <RowActions
                      name={track.name}
                      onEdit={() => form.open(track)}
                      onDelete={() => void pieces.remove('tracks', event.id, track.id).then(reload)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <form class="panel" onSubmit={form.submit} noValidate aria-labelledby="track-form-title">
        <h3 id="track-form-title">{form.editing ? tr('tracks.edit') : tr('tracks.add')}</h3>
        <ProblemBox problem={form.problem} onReload={form.reloadTheirs} onOverwrite={form.overwrite} />
        <TextField
          label={tr('tracks.name')}
          name="name"
          value={form.draft.name}
          onInput={(name) => form.update({ name })}
          problem={form.problem}
        />
        <Field label={tr('tracks.color')} name="color" problem={form.problem}>
          {(aria) => (
            <input
              {...aria}
              type="color"
              value={form.draft.color}
              onInput={(e) => form.update({ color: (e.target as HTMLInputElement).value })}
            />
          )}
        </Field>
        <FormButtons editing={!!form.editing} busy={form.busy} onCancel={() => form.open(null)} />
      </form>
    </div>
  );
}
