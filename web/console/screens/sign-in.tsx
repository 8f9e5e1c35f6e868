import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import { useDraft } from '../drafts';
import type { Problem } from '../http';
import { t } from '../i18n';
import { expired, loadMe } from '../session';
import { auth } from '../writes';

/** Sign in, in place of whatever screen the address names; after it that screen comes back with its drafts. */
export function SignIn() {
  const tr = t.value;
  const [form, update] = useDraft('signin', () => ({ email: '' }));
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const outcome = await auth.login({ email: form.email, password });
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome.problem);
    expired.value = false;
    await loadMe();
  };
  return (
    <section class="narrow">
      <h1>{tr('auth.signInTitle')}</h1>
      {expired.value && (
        <p class="notice" role="status">
          {tr('auth.expired')}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ProblemBox problem={problem} />
        <TextField
          label={tr('auth.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={form.email}
          onInput={(email) => update({ email })}
          problem={problem}
        />
        <TextField
          label={tr('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          problem={problem}
        />
        <button type="submit" disabled={busy}>
          {tr('auth.signIn')}
        </button>
      </form>
      <p>
        {tr('auth.noAccount')} <a href="/organizer/signup">{tr('auth.signUp')}</a>
      </p>
    </section>
  );
}

/** The first account of an instance becomes its administrator; the setup code is asked for only when the server wants it. */
export function SignUp() {
  const tr = t.value;
  const { route } = useLocation();
  const [form, update] = useDraft('signup', () => ({ name: '', email: '', setupCode: '' }));
  const [password, setPassword] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const created = await auth.signup({
      name: form.name,
      email: form.email,
      password,
      ...(needsCode ? { setupCode: form.setupCode } : {}),
    });
    if (!created.ok) {
      setBusy(false);
      if (created.problem.status === 403 && /setup code/i.test(created.problem.messages.join(' '))) setNeedsCode(true);
      return setProblem(created.problem);
    }
    const signedIn = await auth.login({ email: form.email, password });
    setBusy(false);
    if (!signedIn.ok) return setProblem(signedIn.problem);
    await loadMe();
    route('/organizer');
  };
  return (
    <section class="narrow">
      <h1>{tr('auth.signUpTitle')}</h1>
      <p>{tr('auth.signUpIntro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ProblemBox problem={problem} />
        <TextField
          label={tr('auth.name')}
          name="name"
          autoComplete="name"
          value={form.name}
          onInput={(name) => update({ name })}
          problem={problem}
        />
        <TextField
          label={tr('auth.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={form.email}
          onInput={(email) => update({ email })}
          problem={problem}
        />
        <TextField
          label={tr('auth.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={tr('auth.passwordHint')}
          value={password}
          onInput={setPassword}
          problem={problem}
        />
        {needsCode && (
          <TextField
            label={tr('auth.setupCode')}
            name="setupCode"
            hint={tr('auth.setupCodeHint')}
            value={form.setupCode}
            onInput={(setupCode) => update({ setupCode })}
            problem={problem}
          />
        )}
        <button type="submit" disabled={busy}>
          {tr('auth.createAccount')}
        </button>
      </form>
      <p>
        {tr('auth.haveAccount')} <a href="/organizer">{tr('auth.signIn')}</a>
      </p>
    </section>
  );
}
