import { useState } from 'preact/hooks';
import { clock } from '../format';
import type { Problem } from '../http';
import { t } from '../i18n';
import type { Session, Speaker } from '../types';
import { presentations } from '../writes';
import { TextField } from './fields';
import { ProblemBox } from './problem';

/** The papers (or talks) inside a session, appended one after another; authors picked by name or typed. */
export function PresentationsPanel(props: {
  eventId: string;
  zone: string;
  session: Session;
  speakers: Speaker[];
  changed: () => Promise<void>;
}) {
  const tr = t.value;
  const { session } = props;
  const [title, setTitle] = useState('');
  const [authorIds, setAuthorIds] = useState<string[]>([]);
  const [otherAuthors, setOtherAuthors] = useState('');
  const [minutes, setMinutes] = useState('20');
  const [problem, setProblem] = useState<Problem | null>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const authors = [
      ...authorIds.map((speakerId) => ({ speakerId })),
      ...otherAuthors
        .split(/[,、]/)
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ name })),
    ];
    const outcome = await presentations.create(props.eventId, session.id, {
      title,
      authors,
      durationMinutes: Number(minutes),
    });
    if (!outcome.ok) return setProblem(outcome.problem);
    setProblem(null);
    setTitle('');
    setAuthorIds([]);
    setOtherAuthors('');
    await props.changed();
  };
  return (
    <section class="panel" aria-labelledby="presentations-title">
      <h3 id="presentations-title">{tr('presentations.title', { session: session.title })}</h3>
      {session.presentations.length === 0 ? (
        <p>{tr('presentations.none')}</p>
      ) : (
        <ol>
          {session.presentations.map((presentation) => (
            <li key={presentation.id}>
              {clock(presentation.startsAt, props.zone)}–{clock(presentation.endsAt, props.zone)} {presentation.title}
              {presentation.authors.length > 0 &&
                ` — ${presentation.authors.map((author) => author.name).join(', ')}`}{' '}
              <button
                type="button"
                class="link"
                aria-label={`${tr('common.delete')}: ${presentation.title}`}
                onClick={() =>
                  void presentations.remove(props.eventId, session.id, presentation.id).then(props.changed)
                }
              >
                {tr('common.delete')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={(event) => void add(event)} noValidate aria-labelledby="presentation-form-title">
        <h4 id="presentation-form-title">{tr('presentations.add')}</h4>
        <ProblemBox problem={problem} />
        <TextField
          label={tr('presentations.paperTitle')}
          name="title"
          value={title}
          onInput={setTitle}
          problem={problem}
        />
        <fieldset>
          <legend>{tr('presentations.authors')}</legend>
          {[...props.speakers]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((speaker) => (
              <label class="check" key={speaker.id}>
                <input
                  type="checkbox"
                  checked={authorIds.includes(speaker.id)}
                  onChange={(e) =>
                    setAuthorIds(
                      (e.target as HTMLInputElement).checked
                        ? [...authorIds, speaker.id]
                        : authorIds.filter((id) => id !== speaker.id),
                    )
                  }
                />
                {speaker.name}
              </label>
            ))}
          <TextField
            label={tr('presentations.otherAuthors')}
            hint={tr('presentations.otherAuthorsHint')}
            value={otherAuthors}
            onInput={setOtherAuthors}
          />
        </fieldset>
        <TextField
          label={tr('presentations.minutes')}
          name="durationMinutes"
          type="number"
          min={1}
          value={minutes}
          onInput={setMinutes}
          problem={problem}
        />
        <button type="submit">{tr('presentations.addSubmit')}</button>
      </form>
    </section>
  );
}
