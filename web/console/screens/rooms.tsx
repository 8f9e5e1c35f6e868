import { TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import { FormButtons, RowActions } from '../components/row-actions';
import { t } from '../i18n';
import { usePieceEditor } from '../piece-editor';
import type { Room } from '../types';
import { useProgram } from '../use-program';
import { pieces } from '../writes';
import type { SectionProps } from './event-screen';

const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** Rooms: name, capacity and their order in grids. */
export function Rooms({ event }: SectionProps) {
  const tr = t.value;
  const { program, problem: loadProblem, reload } = useProgram(event.id, ['rooms']);
  const form = usePieceEditor<Room, { name: string; capacity: string; position: string }>({
    kind: 'rooms',
    eventId: event.id,
    empty: () => ({ name: '', capacity: '', position: String(program.rooms.length) }),
    toDraft: (room) => ({
      name: room.name,
      capacity: room.capacity == null ? '' : String(room.capacity),
      position: String(room.position),
    }),
    toBody: (draft) => ({
      name: draft.name,
      capacity: optionalNumber(draft.capacity),
      position: optionalNumber(draft.position) ?? 0,
    }),
    saved: reload,
  });
  return (
    <div class="split">
      <div>
        <h2>{tr('section.rooms')}</h2>
        <ProblemBox problem={loadProblem} />
        {program.rooms.length === 0 ? (
          <p>{tr('rooms.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{tr('rooms.order')}</th>
                <th scope="col">{tr('common.name')}</th>
                <th scope="col">{tr('rooms.capacity')}</th>
                <th scope="col">{tr('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {program.rooms.map((room) => (
                <tr key={room.id}>
                  <td>{room.position}</td>
                  <td>{room.name}</td>
                  <td>{room.capacity ?? '—'}</td>
                  <td>
                    <RowActions
                      name={room.name}
                      onEdit={() => form.open(room)}
                      onDelete={() => void pieces.remove('rooms', event.id, room.id).then(reload)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <form class="panel" onSubmit={form.submit} noValidate aria-labelledby="room-form-title">
        <h3 id="room-form-title">{form.editing ? tr('rooms.edit') : tr('rooms.add')}</h3>
        <ProblemBox problem={form.problem} onReload={form.reloadTheirs} onOverwrite={form.overwrite} />
        <TextField
          label={tr('rooms.name')}
          name="name"
          value={form.draft.name}
          onInput={(name) => form.update({ name })}
          problem={form.problem}
        />
        <div class="row">
          <TextField
            label={tr('rooms.capacity')}
            name="capacity"
            type="number"
            min={0}
            value={form.draft.capacity}
            onInput={(capacity) => form.update({ capacity })}
            problem={form.problem}
          />
          <TextField
            label={tr('rooms.order')}
            name="position"
            type="number"
            min={0}
            value={form.draft.position}
            onInput={(position) => form.update({ position })}
            problem={form.problem}
          />
        </div>
        <FormButtons editing={!!form.editing} busy={form.busy} onCancel={() => form.open(null)} />
      </form>
    </div>
  );
}
