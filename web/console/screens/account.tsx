import { useState } from 'preact/hooks';
import { TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import { dateTime } from '../format';
import type { Problem } from '../http';
import { t } from '../i18n';
import { listLoginSessions } from '../lists';
import { me } from '../session';
import { useLoad } from '../use-load';
import { auth } from '../writes';
import { Tokens } from './tokens';

/** My account: the login sessions (revocable) and the password. */
export function Account() {
  const tr = t.value;
  const sessions = useLoad(listLoginSessions, []);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const revoke = async (id: string) => {
    await auth.revoke(id);
    await sessions.reload();
  };
  const changePassword = async (event: Event) => {
    event.preventDefault();
    const outcome = await auth.changePassword({ currentPassword: current, newPassword: next });
    setSaved(outcome.ok);
    setProblem(outcome.ok ? null : outcome.problem);
    if (outcome.ok) {
      setCurrent('');
      setNext('');
      await sessions.reload();
    }
  };
  return (
    <section>
      <h1>{tr('account.title')}</h1>
      <p>
        {me.value?.user.name} · {me.value?.user.email}
        {me.value?.user.isAdmin ? ` · ${tr('account.admin')}` : ''}
      </p>
      <h2>{tr('account.sessions')}</h2>
      <p class="hint">{tr('account.sessionsHint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{tr('account.started')}</th>
            <th scope="col">{tr('account.lastSeen')}</th>
            <th scope="col">{tr('account.idleExpires')}</th>
            <th scope="col">
              <span class="visually-hidden">{tr('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.data?.map((session) => (
            <tr key={session.id}>
              <td>{dateTime(session.createdAt)}</td>
              <td>{dateTime(session.lastSeenAt)}</td>
              <td>{dateTime(session.idleExpiresAt)}</td>
              <td>
                {session.current ? (
                  tr('account.thisSession')
                ) : (
                  <button type="button" class="secondary" onClick={() => void revoke(session.id)}>
                    {tr('account.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{tr('account.password')}</h2>
      <form onSubmit={(event) => void changePassword(event)} noValidate class="narrow">
        <ProblemBox problem={problem} />
        {saved && <p role="status">{tr('account.passwordChanged')}</p>}
        <TextField
          label={tr('account.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={current}
          onInput={setCurrent}
          problem={problem}
        />
        <TextField
          label={tr('account.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={tr('auth.passwordHint')}
          value={next}
          onInput={setNext}
          problem={problem}
        />
        <button type="submit">{tr('account.changePassword')}</button>
      </form>
      <Tokens />
    </section>
  );
}
