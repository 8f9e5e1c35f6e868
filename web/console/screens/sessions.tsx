import { useEffect, useState } from 'preact/hooks';
import { PresentationsPanel } from '../components/presentations-panel';
import { Field, SelectField, TextArea, TextField } from '../components/fields';
import { ProblemBox, Warnings } from '../components/problem';
import { FormButtons, RowActions } from '../components/row-actions';
import { SessionSpeakers } from '../components/session-speakers';
import { clock, dateLabel } from '../format';
import { t, type MessageKey } from '../i18n';
import { usePieceEditor } from '../piece-editor';
import { emptySessionDraft, sessionBody, type SessionDraft, sessionToDraft } from '../session-draft';
import type { Session } from '../types';
import { clashNames, useProgram } from '../use-program';
import { type ConflictEntry, pieces, planner } from '../writes';
import { type SoftWarning, warningInWords } from '../warnings';
import { daysOf, wallOf } from '../zoned';
import type { SectionProps } from './event-screen';

const TYPES = [
  'keynote',
  'talk',
  'panel',
  'workshop',
  'tutorial',
  'paper-session',
  'poster-session',
  'breakout',
  'lightning',
  'social',
  'other',
];
const STATUSES = ['confirmed', 'tentative', 'cancelled'];
const WITH_PRESENTATIONS = new Set(['paper-session', 'poster-session', 'lightning']);

/** Sessions: the list by day with their warnings, and the form with every field picked by name. */
export function Sessions({ event }: SectionProps) {
  const tr = t.value;
  const days = daysOf(event.startDate, event.endDate);
  const { program, problem: loadProblem, reload } = useProgram(event.id, ['tracks', 'rooms', 'speakers', 'sessions']);
  const [conflicts, setConflicts] = useState<ConflictEntry[]>([]);
  const refresh = async () => {
    await reload();
    const outcome = await planner.conflicts(event.id);
    if (outcome.ok) setConflicts(outcome.data.conflicts.filter((conflict) => !conflict.hard));
  };
  useEffect(() => void refresh(), [event.id]);
  const form = usePieceEditor<Session, SessionDraft>({
    kind: 'sessions',
    eventId: event.id,
    empty: () => emptySessionDraft(days[0]),
    toDraft: (session) => sessionToDraft(session, days[0]),
    toBody: (draft) => sessionBody(draft, event.timezone),
    saved: async (session) => {
      await refresh();
      if (WITH_PRESENTATIONS.has(session.type) && session.presentations.length === 0) form.open(session);
    },
  });
  const editingSession = form.editing && program.sessions.find((session) => session.id === form.editing!.id);
  const { draft, update, problem } = form;
  const warningsOf = (id: string) =>
    conflicts.filter((conflict) => conflict.sessions.some((session) => session.id === id));
  const warningNames = {
    speakers: new Map(program.speakers.map((speaker) => [speaker.id, speaker.name])),
    sessions: new Map(program.sessions.map((session) => [session.id, session.title])),
  };
  const roomName = new Map(program.rooms.map((room) => [room.id, room.name]));
  const trackName = new Map(program.tracks.map((track) => [track.id, track.name]));
  const groups = [
    ...days.map((date) => ({
      key: date,
      label: dateLabel(date),
      sessions: program.sessions.filter((s) => s.startsAt && wallOf(s.startsAt).date === date),
    })),
    { key: 'backlog', label: tr('sessions.backlog'), sessions: program.sessions.filter((s) => !s.startsAt) },
  ];
  return (
    <div class="split">
      <div>
        <h2>{tr('section.sessions')}</h2>
        <ProblemBox problem={loadProblem} />
        {groups.map((group) =>
          group.sessions.length === 0 ? null : (
            <section key={group.key} aria-labelledby={`group-${group.key}`}>
              <h3 id={`group-${group.key}`}>{group.label}</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{tr('sessions.time')}</th>
                    <th scope="col">{tr('sessions.titleField')}</th>
                    <th scope="col">{tr('sessions.room')}</th>
                    <th scope="col">{tr('sessions.people')}</th>
                    <th scope="col">{tr('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...group.sessions]
                    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''))
                    .map((session) => {
                      const warnings = warningsOf(session.id);
                      return (
                        <tr key={session.id}>
                          <td>
                            {session.startsAt && session.endsAt
                              ? `${clock(session.startsAt, event.timezone)}–${clock(session.endsAt, event.timezone)}`
                              : '—'}
                          </td>
                          <td>
                            <strong>{session.title}</strong>
                            <br />
                            <span class="hint">
                              {tr(`type.${session.type}` as MessageKey)}
                              {session.trackId ? ` · ${trackName.get(session.trackId) ?? ''}` : ''}
                              {session.status !== 'confirmed'
                                ? ` · ${tr(`sessionStatus.${session.status}` as MessageKey)}`
                                : ''}
                              {session.presentations.length
                                ? ` · ${tr('sessions.presentationsN', { n: session.presentations.length })}`
                                : ''}
                            </span>
                            {warnings.length > 0 && (
                              <ul class="row-warnings" aria-label={tr('problem.warningsShort')}>
                                {warnings.map((warning, index) => (
                                  <li key={index}>⚠ {warningInWords(warning, tr, warningNames, session.id)}</li>
                                ))}
                              </ul>
                            )}
                          </td>
                          <td>{session.roomId ? roomName.get(session.roomId) : '—'}</td>
                          <td>
                            {session.speakers
                              .map(
                                (link) =>
                                  `${link.name ?? ''}${link.role !== 'speaker' ? ` (${tr(`role.${link.role}` as MessageKey)})` : ''}`,
                              )
                              .join(', ')}
                          </td>
                          <td>
                            <RowActions
                              name={session.title}
                              onEdit={() => form.open(session)}
                              onDelete={() => void pieces.remove('sessions', event.id, session.id).then(refresh)}
                            />
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </section>
          ),
        )}
        {program.sessions.length === 0 && <p>{tr('sessions.none')}</p>}
      </div>
      <div>
        <form class="panel" onSubmit={form.submit} noValidate aria-labelledby="session-form-title">
          <h3 id="session-form-title">{form.editing ? tr('sessions.edit') : tr('sessions.add')}</h3>
          <ProblemBox
            problem={problem}
            names={clashNames(event, program)}
            onReload={form.reloadTheirs}
            onOverwrite={form.overwrite}
          />
          <Warnings warnings={form.warnings as SoftWarning[] | undefined} names={warningNames} />
          <TextField
            label={tr('sessions.titleField')}
            name="title"
            value={draft.title}
            onInput={(title) => update({ title })}
            problem={problem}
          />
          <div class="row">
            <SelectField
              label={tr('sessions.type')}
              name="type"
              value={draft.type}
              choices={TYPES.map((type) => ({ value: type, label: tr(`type.${type}` as MessageKey) }))}
              onChange={(type) => update({ type })}
              problem={problem}
            />
            <SelectField
              label={tr('sessions.status')}
              name="status"
              value={draft.status}
              choices={STATUSES.map((status) => ({
                value: status,
                label: tr(`sessionStatus.${status}` as MessageKey),
              }))}
              onChange={(status) => update({ status })}
              problem={problem}
            />
          </div>
          <div class="row">
            <SelectField
              label={tr('sessions.track')}
              name="trackId"
              value={draft.trackId}
              none={tr('common.none')}
              choices={program.tracks.map((track) => ({ value: track.id, label: track.name }))}
              onChange={(trackId) => update({ trackId })}
              problem={problem}
            />
            <SelectField
              label={tr('sessions.room')}
              name="roomId"
              value={draft.roomId}
              none={tr('common.none')}
              choices={program.rooms.map((room) => ({ value: room.id, label: room.name }))}
              onChange={(roomId) => update({ roomId })}
              problem={problem}
            />
          </div>
          <div class="row">
            <SelectField
              label={tr('sessions.day')}
              value={draft.date}
              choices={days.map((date) => ({ value: date, label: dateLabel(date) }))}
              onChange={(date) => update({ date })}
            />
            <TextField
              label={tr('sessions.start')}
              name="startsAt"
              type="time"
              hint={tr('sessions.startHint')}
              value={draft.start}
              onInput={(start) => update({ start })}
              problem={problem}
            />
          </div>
          <fieldset>
            <legend>{tr('sessions.length')}</legend>
            <div class="row">
              <label class="check">
                <input
                  type="radio"
                  name="timing"
                  checked={draft.timing === 'duration'}
                  onChange={() => update({ timing: 'duration' })}
                />
                {tr('sessions.byDuration')}
              </label>
              <label class="check">
                <input
                  type="radio"
                  name="timing"
                  checked={draft.timing === 'end'}
                  onChange={() => update({ timing: 'end' })}
                />
                {tr('sessions.byEnd')}
              </label>
            </div>
            {draft.timing === 'duration' ? (
              <TextField
                label={tr('sessions.minutes')}
                name="durationMinutes"
                type="number"
                min={1}
                value={draft.duration}
                onInput={(duration) => update({ duration })}
                problem={problem}
              />
            ) : (
              <TextField
                label={tr('sessions.end')}
                name="endsAt"
                type="time"
                value={draft.end}
                onInput={(end) => update({ end })}
                problem={problem}
              />
            )}
          </fieldset>
          <SessionSpeakers
            speakers={program.speakers}
            value={draft.speakers}
            onChange={(speakers) => update({ speakers })}
            error={problem?.byField.speakers}
          />
          <TextArea
            label={tr('sessions.abstract')}
            name="abstract"
            value={draft.abstract}
            onInput={(abstract) => update({ abstract })}
            problem={problem}
          />
          <div class="row">
            <TextField
              label={tr('sessions.language')}
              name="language"
              hint={tr('sessions.languageHint')}
              value={draft.language}
              onInput={(language) => update({ language })}
              problem={problem}
            />
            <Field label={tr('sessions.pinned')} name="pinned" problem={problem} hint={tr('sessions.pinnedHint')}>
              {(aria) => (
                <input
                  {...aria}
                  type="checkbox"
                  checked={draft.pinned}
                  onChange={(e) => update({ pinned: (e.target as HTMLInputElement).checked })}
                />
              )}
            </Field>
          </div>
          <FormButtons editing={!!form.editing} busy={form.busy} onCancel={() => form.open(null)} />
        </form>
        {editingSession && (WITH_PRESENTATIONS.has(editingSession.type) || editingSession.presentations.length > 0) && (
          <PresentationsPanel
            eventId={event.id}
            zone={event.timezone}
            session={editingSession}
            speakers={program.speakers}
            changed={refresh}
          />
        )}
      </div>
    </div>
  );
}
