import { t, type MessageKey } from '../i18n';
import type { Speaker, SpeakerLink, SpeakerRole } from '../types';

export const ROLES: SpeakerRole[] = ['speaker', 'moderator', 'chair', 'author'];

/** The session's people in order, each picked by name with a role; the organizer never sees an id. */
export function SessionSpeakers(props: {
  speakers: Speaker[];
  value: SpeakerLink[];
  onChange: (links: SpeakerLink[]) => void;
  error?: string[];
}) {
  const tr = t.value;
  const sorted = [...props.speakers].sort((a, b) => a.name.localeCompare(b.name));
  const set = (index: number, patch: Partial<SpeakerLink>) =>
    props.onChange(props.value.map((link, at) => (at === index ? { ...link, ...patch } : link)));
  return (
    <fieldset>
      <legend>{tr('sessions.people')}</legend>
      {props.value.map((link, index) => (
        <div class="row" key={index}>
          <div class="field">
            <label for={`person-${index}`}>{tr('sessions.person', { n: index + 1 })}</label>
            <select
              id={`person-${index}`}
              value={link.speakerId}
              onChange={(e) => set(index, { speakerId: (e.target as HTMLSelectElement).value })}
            >
              <option value="">{tr('sessions.choosePerson')}</option>
              {sorted.map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speaker.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`role-${index}`}>{tr('sessions.roleOf', { n: index + 1 })}</label>
            <select
              id={`role-${index}`}
              value={link.role}
              onChange={(e) => set(index, { role: (e.target as HTMLSelectElement).value as SpeakerRole })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {tr(`role.${role}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <button
              type="button"
              class="secondary"
              onClick={() => props.onChange(props.value.filter((_, at) => at !== index))}
            >
              {tr('sessions.removePerson', { n: index + 1 })}
            </button>
          </div>
        </div>
      ))}
      {props.error && <p class="field-error">{props.error.join(' · ')}</p>}
      <button
        type="button"
        class="secondary"
        onClick={() => props.onChange([...props.value, { speakerId: '', role: 'speaker' }])}
      >
        {tr('sessions.addPerson')}
      </button>
    </fieldset>
  );
}
