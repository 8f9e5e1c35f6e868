import { useState } from 'preact/hooks';
import { TextField } from '../components/fields';
import { ProblemBox } from '../components/problem';
import { dateTime } from '../format';
import type { Problem } from '../http';
import { t } from '../i18n';
import { listDeliveries, listWebhooks } from '../lists';
import { useLoad } from '../use-load';
import { hooks, type Webhook } from '../writes';

const TYPES = ['schedule.published', 'session.changed', 'session.cancelled'];

/** Webhooks of the event: add one (its secret shown once), see its deliveries, send one again. */
export function Webhooks({ eventId }: { eventId: string }) {
  const tr = t.value;
  const list = useLoad(() => listWebhooks(eventId), [eventId]);
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>(['schedule.published']);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<Webhook | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const add = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    const outcome = await hooks.create(eventId, url, types);
    setProblem(outcome.ok ? null : outcome.problem);
    if (outcome.ok) {
      setCreated(outcome.data);
      setUrl('');
      await list.reload();
    }
  };
  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{tr('webhooks.title')}</h2>
      <ProblemBox problem={list.problem} />
      {list.data?.length === 0 && <p>{tr('webhooks.none')}</p>}
      <ul>
        {list.data?.map((hook) => (
          <li key={hook.id}>
            {hook.url} · {hook.events.join(', ')} {hook.active ? '' : `· ${tr('webhooks.inactive')}`}{' '}
            <button
              type="button"
              class="link"
              aria-expanded={open === hook.id}
              onClick={() => setOpen(open === hook.id ? null : hook.id)}
            >
              {tr('webhooks.deliveries')}
            </button>{' '}
            <button type="button" class="link" onClick={() => void hooks.remove(eventId, hook.id).then(list.reload)}>
              {tr('common.delete')}
            </button>
            {open === hook.id && <Deliveries eventId={eventId} hookId={hook.id} />}
          </li>
        ))}
      </ul>
      <form class="panel narrow" onSubmit={(event) => void add(event)} noValidate aria-labelledby="webhook-form-title">
        <h3 id="webhook-form-title">{tr('webhooks.add')}</h3>
        <ProblemBox problem={problem} />
        {created?.secret && (
          <div role="status">
            <p>{tr('webhooks.secretOnce')}</p>
            <p class="token">{created.secret}</p>
          </div>
        )}
        <TextField label={tr('webhooks.url')} name="url" type="url" value={url} onInput={setUrl} problem={problem} />
        <fieldset>
          <legend>{tr('webhooks.types')}</legend>
          {TYPES.map((type) => (
            <label class="check" key={type}>
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) =>
                  setTypes(
                    (e.target as HTMLInputElement).checked ? [...types, type] : types.filter((known) => known !== type),
                  )
                }
              />
              {type}
            </label>
          ))}
        </fieldset>
        <button type="submit">{tr('common.add')}</button>
      </form>
    </section>
  );
}

function Deliveries({ eventId, hookId }: { eventId: string; hookId: string }) {
  const tr = t.value;
  const deliveries = useLoad(() => listDeliveries(eventId, hookId), [eventId, hookId]);
  if (deliveries.data?.length === 0) return <p>{tr('webhooks.noDeliveries')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{tr('audit.when')}</th>
          <th scope="col">{tr('webhooks.type')}</th>
          <th scope="col">{tr('audit.result')}</th>
          <th scope="col">{tr('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.data?.map((delivery) => (
          <tr key={delivery.id}>
            <td>{delivery.createdAt ? dateTime(delivery.createdAt) : ''}</td>
            <td>{delivery.type ?? ''}</td>
            <td>
              {String(delivery.status ?? '')}{' '}
              {delivery.lastStatus ? `(HTTP ${delivery.lastStatus})` : (delivery.lastError ?? '')}
            </td>
            <td>
              <button
                type="button"
                class="secondary"
                onClick={() => void hooks.redeliver(eventId, hookId, delivery.id).then(deliveries.reload)}
              >
                {tr('webhooks.redeliver')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
