import { useState } from 'preact/hooks';
import { SelectField, TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import { FormButtons, RowActions } from '../components/row-actions';
import { clock, dateLabel } from '../format';
import type { Problem } from '../http';
import { t, type MessageKey } from '../i18n';
import { usePieceEditor } from '../piece-editor';
import { copyDay, DAY_TEMPLATES, type SlotInput, templateDay } from '../slot-templates';
import type { Slot, SlotKind } from '../types';
import { useProgram } from '../use-program';
import { pieces } from '../writes';
import { daysOf, instantAt, wallOf } from '../zoned';
import type { SectionProps } from './event-screen';

const KINDS: SlotKind[] = ['parallel', 'plenary', 'break'];

interface SlotDraft {
  date: string;
  start: string;
  end: string;
  kind: SlotKind;
  label: string;
}

/** Time slots by day; a whole day from a template; a day copied onto another in one step. */
export function Slots({ event }: SectionProps) {
  const tr = t.value;
  const days = daysOf(event.startDate, event.endDate);
  const { program, problem: loadProblem, reload } = useProgram(event.id, ['slots']);
  const form = usePieceEditor<Slot, SlotDraft>({
    kind: 'slots',
    eventId: event.id,
    empty: () => ({ date: days[0], start: '09:00', end: '10:00', kind: 'parallel', label: '' }),
    toDraft: (slot) => ({
      date: wallOf(slot.startsAt).date,
      start: wallOf(slot.startsAt).time,
      end: wallOf(slot.endsAt).time,
      kind: slot.kind,
      label: slot.label ?? '',
    }),
    toBody: (draft) => ({
      startsAt: instantAt(draft.date, draft.start, event.timezone),
      endsAt: instantAt(draft.date, draft.end, event.timezone),
      kind: draft.kind,
      label: draft.label || null,
    }),
    saved: reload,
  });
  const [bulk, setBulk] = useState({
    template: 'business',
    templateDay: days[0],
    from: days[0],
    to: days[1] ?? days[0],
  });
  const [bulkProblem, setBulkProblem] = useState<Problem | null>(null);
  const [bulkDone, setBulkDone] = useState('');
  const dayChoices = days.map((date) => ({ value: date, label: dateLabel(date) }));

  const createAll = async (inputs: SlotInput[], done: string) => {
    setBulkProblem(null);
    for (const input of inputs) {
      const outcome = await pieces.create('slots', event.id, input);
      if (!outcome.ok) {
        setBulkProblem(outcome.problem);
        break;
      }
    }
    setBulkDone(done);
    await reload();
  };
  const fromTemplate = (submitEvent: Event) => {
    submitEvent.preventDefault();
    const template = DAY_TEMPLATES[bulk.template as keyof typeof DAY_TEMPLATES];
    const inputs = templateDay(template, bulk.templateDay, event.timezone, (key) => tr(key));
    void createAll(inputs, tr('slots.created', { n: inputs.length, day: dateLabel(bulk.templateDay) }));
  };
  const copy = (submitEvent: Event) => {
    submitEvent.preventDefault();
    const inputs = copyDay(program.slots, bulk.from, bulk.to, event.timezone);
    void createAll(inputs, tr('slots.created', { n: inputs.length, day: dateLabel(bulk.to) }));
  };

  return (
    <div class="split">
      <div>
        <h2>{tr('section.slots')}</h2>
        <ProblemBox problem={loadProblem} />
        {days.map((date) => {
          const daySlots = program.slots.filter((slot) => wallOf(slot.startsAt).date === date);
          return (
            <section key={date} aria-labelledby={`day-${date}`}>
              <h3 id={`day-${date}`}>{dateLabel(date)}</h3>
              {daySlots.length === 0 ? (
                <p>{tr('slots.noneOnDay')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{tr('slots.time')}</th>
                      <th scope="col">{tr('slots.kind')}</th>
                      <th scope="col">{tr('slots.label')}</th>
                      <th scope="col">{tr('common.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {daySlots.map((slot) => {
                      const name = `${clock(slot.startsAt, event.timezone)}–${clock(slot.endsAt, event.timezone)}`;
                      return (
                        <tr key={slot.id}>
                          <td>{name}</td>
                          <td>{tr(`slots.kind.${slot.kind}` as MessageKey)}</td>
                          <td>{slot.label ?? ''}</td>
                          <td>
                            <RowActions
                              name={`${dateLabel(date)} ${name}`}
                              onEdit={() => form.open(slot)}
                              onDelete={() => void pieces.remove('slots', event.id, slot.id).then(reload)}
                            />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </section>
          );
        })}
      </div>
      <div>
        <form class="panel" onSubmit={form.submit} noValidate aria-labelledby="slot-form-title">
          <h3 id="slot-form-title">{form.editing ? tr('slots.edit') : tr('slots.add')}</h3>
          <ProblemBox problem={form.problem} onReload={form.reloadTheirs} onOverwrite={form.overwrite} />
          <SelectField
            label={tr('slots.day')}
            value={form.draft.date}
            choices={dayChoices}
            onChange={(date) => form.update({ date })}
            problem={form.problem}
          />
          <div class="row">
            <TextField
              label={tr('slots.start')}
              name="startsAt"
              type="time"
              value={form.draft.start}
              onInput={(start) => form.update({ start })}
              problem={form.problem}
            />
            <TextField
              label={tr('slots.end')}
              name="endsAt"
              type="time"
              value={form.draft.end}
              onInput={(end) => form.update({ end })}
              problem={form.problem}
            />
          </div>
          <SelectField
            label={tr('slots.kind')}
            name="kind"
            value={form.draft.kind}
            choices={KINDS.map((kind) => ({ value: kind, label: tr(`slots.kind.${kind}` as MessageKey) }))}
            onChange={(kind) => form.update({ kind: kind as SlotKind })}
            problem={form.problem}
          />
          <TextField
            label={tr('slots.label')}
            name="label"
            value={form.draft.label}
            onInput={(label) => form.update({ label })}
            problem={form.problem}
          />
          <FormButtons editing={!!form.editing} busy={form.busy} onCancel={() => form.open(null)} />
        </form>
        <form class="panel" onSubmit={fromTemplate} aria-labelledby="template-title">
          <h3 id="template-title">{tr('slots.templateTitle')}</h3>
          <ProblemBox problem={bulkProblem} />
          {bulkDone && <p role="status">{bulkDone}</p>}
          <SelectField
            label={tr('slots.template')}
            value={bulk.template}
            choices={[
              { value: 'business', label: tr('slots.tpl.business') },
              { value: 'academic', label: tr('slots.tpl.academic') },
            ]}
            onChange={(template) => setBulk({ ...bulk, template })}
          />
          <SelectField
            label={tr('slots.templateDay')}
            value={bulk.templateDay}
            choices={dayChoices}
            onChange={(templateDay) => setBulk({ ...bulk, templateDay })}
          />
          <button type="submit">{tr('slots.createDay')}</button>
        </form>
        <form class="panel" onSubmit={copy} aria-labelledby="copy-title">
          <h3 id="copy-title">{tr('slots.copyTitle')}</h3>
          <div class="row">
            <SelectField
              label={tr('slots.copyFrom')}
              value={bulk.from}
              choices={dayChoices}
              onChange={(from) => setBulk({ ...bulk, from })}
            />
            <SelectField
              label={tr('slots.copyTo')}
              value={bulk.to}
              choices={dayChoices}
              onChange={(to) => setBulk({ ...bulk, to })}
            />
          </div>
          <button type="submit">{tr('slots.copy')}</button>
        </form>
      </div>
    </div>
  );
}
