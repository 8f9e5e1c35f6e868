import { useState } from 'preact/hooks';
import { TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import type { Problem } from '../http';
import { t } from '../i18n';
import { listTokens } from '../lists';
import { useLoad } from '../use-load';
import { tokens } from '../writes';

/** API tokens for integrators: the secret is shown once, with a copy button; revoke any time. */
export function Tokens() {
  const tr = t.value;
  const list = useLoad(listTokens, []);
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const create = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    const outcome = await tokens.create({ name, scopes: write ? ['read', 'write'] : ['read'] });
    setProblem(outcome.ok ? null : outcome.problem);
    if (!outcome.ok) return;
    setSecret(outcome.data.token ?? null);
    setCopied(false);
    setName('');
    await list.reload();
  };
  const copy = async () => {
    if (!secret) return;
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    setCopied(true);
  };
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{tr('tokens.title')}</h2>
      <ul>
        {list.data?.map((token) => (
          <li key={token.id}>
            {token.name} · <code>{token.prefix}…</code> · {token.scopes.join(', ')}{' '}
            <button type="button" class="link" onClick={() => void tokens.revoke(token.id).then(list.reload)}>
              {tr('tokens.revoke', { name: token.name })}
            </button>
          </li>
        ))}
      </ul>
      <form class="panel narrow" onSubmit={(event) => void create(event)} noValidate aria-labelledby="token-form-title">
        <h3 id="token-form-title">{tr('tokens.create')}</h3>
        <ProblemBox problem={problem} />
        {secret && (
          <div role="status">
            <p>{tr('tokens.once')}</p>
            <p class="token">{secret}</p>
            <button type="button" class="secondary" onClick={() => void copy()}>
              {copied ? tr('tokens.copied') : tr('tokens.copy')}
            </button>
          </div>
        )}
        <TextField label={tr('tokens.name')} name="name" value={name} onInput={setName} problem={problem} />
        <label class="check">
          <input type="checkbox" checked={write} onChange={(e) => setWrite((e.target as HTMLInputElement).checked)} />
          {tr('tokens.write')}
        </label>
        <button type="submit">{tr('tokens.createSubmit')}</button>
      </form>
    </section>
  );
}
