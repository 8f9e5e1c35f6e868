import { useState } from 'preact/hooks';
import { SelectField, TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import type { Problem } from '../http';
import { t, type MessageKey } from '../i18n';
import { listMembers } from '../lists';
import { me } from '../session';
import { useLoad } from '../use-load';
import { team } from '../writes';
import type { SectionProps } from './event-screen';
import { Webhooks } from './webhooks';

const ROLES = ['owner', 'editor', 'viewer'];

/** Who works on the event and with which role; the event's webhooks. */
export function Team({ event }: SectionProps) {
  const tr = t.value;
  const members = useLoad(() => listMembers(event.id), [event.id]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('editor');
  const [problem, setProblem] = useState<Problem | null>(null);
  const roleChoices = ROLES.map((value) => ({ value, label: tr(`memberRole.${value}` as MessageKey) }));
  const after = async (outcome: { ok: boolean; problem?: Problem }) => {
    setProblem(outcome.ok ? null : (outcome.problem ?? null));
    await members.reload();
  };
  const add = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    const outcome = await team.add(event.id, email, role);
    if (outcome.ok) setEmail('');
    await after(outcome);
  };
  return (
    <div>
      <h2>{tr('section.team')}</h2>
      <ProblemBox problem={members.problem ?? problem} />
      <table>
        <thead>
          <tr>
            <th scope="col">{tr('common.name')}</th>
            <th scope="col">{tr('auth.email')}</th>
            <th scope="col">{tr('team.role')}</th>
            <th scope="col">{tr('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.data?.map((member) => (
            <tr key={member.userId}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>
                <select
                  aria-label={tr('team.roleOf', { name: member.name })}
                  value={member.role}
                  onChange={(e) =>
                    void team.setRole(event.id, member.userId, (e.target as HTMLSelectElement).value).then(after)
                  }
                >
                  {roleChoices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {member.userId !== me.value?.user.id && (
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => void team.remove(event.id, member.userId).then(after)}
                  >
                    {tr('team.remove', { name: member.name })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="panel narrow" onSubmit={(event) => void add(event)} noValidate aria-labelledby="member-form-title">
        <h3 id="member-form-title">{tr('team.add')}</h3>
        <p class="hint">{tr('team.addHint')}</p>
        <TextField
          label={tr('auth.email')}
          name="email"
          type="email"
          value={email}
          onInput={setEmail}
          problem={problem}
        />
        <SelectField
          label={tr('team.role')}
          name="role"
          value={role}
          choices={roleChoices}
          onChange={setRole}
          problem={problem}
        />
        <button type="submit">{tr('common.add')}</button>
      </form>
      <Webhooks eventId={event.id} />
    </div>
  );
}
