import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { Problem } from '../http';
import { timeRange } from '../format';
import { type SoftWarning, type WarningNames, warningInWords } from '../warnings';

export interface ClashNames {
  zone: string;
  rooms: Map<string, string>;
  speakers: Map<string, string>;
}

/**
 * What the server refused, in words, above the form (the form keeps everything typed): field
 * messages, each clash by name with its time, or "someone else changed this" with the choices.
 */
export function ProblemBox(props: {
  problem: Problem | null;
  names?: ClashNames;
  onReload?: () => void;
  onOverwrite?: () => void;
  /** Replaces the heading of a 400 (an import's refusal names rows, not form fields). */
  invalidHeading?: string;
}) {
  const { problem, names } = props;
  const box = useRef<HTMLDivElement>(null);
  // Brought into view and focused, so the organizer who pressed Save at the bottom sees (and hears) why.
  useEffect(() => box.current?.focus(), [problem]);
  if (!problem) return null;
  const tr = t.value;
  if (problem.status === 412)
    return (
      <div class="problem" role="alert" tabIndex={-1} ref={box}>
        <p>{tr('problem.stale')}</p>
        <div class="actions">
          {props.onReload && (
            <button type="button" onClick={props.onReload}>
              {tr('problem.reload')}
            </button>
          )}
          {props.onOverwrite && (
            <button type="button" class="secondary" onClick={props.onOverwrite}>
              {tr('problem.overwrite')}
            </button>
          )}
        </div>
      </div>
    );
  if (problem.status === 409 && problem.clashes.length)
    return (
      <div class="problem" role="alert" tabIndex={-1} ref={box}>
        <p>{tr('problem.clash')}</p>
        <ul>
          {problem.clashes.map((clash) => {
            const when = names ? timeRange(clash.overlapStart, clash.overlapEnd, names.zone) : '';
            const who =
              clash.kind === 'room'
                ? (clash.roomId && names?.rooms.get(clash.roomId)) || tr('problem.theRoom')
                : (clash.speakerId && names?.speakers.get(clash.speakerId)) || tr('problem.theSpeaker');
            return (
              <li key={`${clash.kind}-${clash.sessionId}-${clash.speakerId ?? ''}`}>
                {tr(clash.kind === 'room' ? 'problem.roomClash' : 'problem.speakerClash', {
                  who,
                  title: clash.title,
                  when,
                })}
              </li>
            );
          })}
        </ul>
      </div>
    );
  const heading =
    problem.status === 400
      ? (props.invalidHeading ?? tr('problem.invalid'))
      : problem.status === 0
        ? tr('problem.offline')
        : tr('problem.refused');
  return (
    <div class="problem" role="alert" tabIndex={-1} ref={box}>
      <p>{heading}</p>
      <ul>
        {problem.messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Soft conflicts the server accepted but reports (availability, capacity, track overlap, break). */
export function Warnings({ warnings, names }: { warnings?: SoftWarning[]; names: WarningNames }) {
  if (!warnings?.length) return null;
  return (
    <div class="warnings" role="status">
      <p>{t.value('problem.warnings')}</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>{warningInWords(warning, t.value, names)}</li>
        ))}
      </ul>
    </div>
  );
}
