import { localDate } from '../lib/zoned-time';
import { EditorStore } from './store';

/** The conflict report, each entry jumping to its card. */
export function ConflictPanel({ store }: { store: EditorStore }) {
  const conflicts = store.conflicts.value;
  const jump = (sessionId: string) => {
    const session = store.byId.value.get(sessionId);
    if (session?.startsAt) store.day.value = localDate(Date.parse(session.startsAt), store.zone.value);
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(
        `[data-session="${sessionId}"] button, button[data-session="${sessionId}"]`,
      );
      card?.scrollIntoView({ block: 'center', inline: 'center' });
      card?.focus();
    });
  };
  return (
    <section class="se-panel" aria-label={store.t('editor.conflictPanel')}>
      <h2>{store.t('editor.conflictPanel')}</h2>
      {conflicts.length === 0 ? (
        <p>{store.t('editor.noConflicts')}</p>
      ) : (
        <ul>
          {conflicts.map((c, i) => (
            <li key={i}>
              <span class={c.hard ? 'se-hard' : 'se-soft'}>{store.t(c.hard ? 'editor.hard' : 'editor.soft')}</span>{' '}
              {c.message}{' '}
              <button type="button" onClick={() => jump(c.sessions[0].id)}>
                {store.t('editor.jump')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The planner's proposal: its score, each placement with its reasons, accept all / one, discard. */
export function ProposalPanel({ store }: { store: EditorStore }) {
  const proposal = store.proposal.value;
  if (!proposal) return null;
  return (
    <section class="se-panel" aria-label={store.t('editor.propose')}>
      <h2>{store.t('editor.proposal', { count: proposal.placements.length, score: proposal.score.total ?? 0 })}</h2>
      <p>
        <button type="button" onClick={() => void store.acceptAll()}>
          {store.t('editor.acceptAll')}
        </button>{' '}
        <button type="button" onClick={() => store.discardProposal()}>
          {store.t('editor.discard')}
        </button>
      </p>
      <ul>
        {proposal.placements.map((pl) => {
          const title = store.byId.value.get(pl.sessionId)?.title ?? pl.sessionId;
          return (
            <li key={pl.sessionId}>
              {store.t('editor.ghost', {
                title,
                where: store.describe({
                  roomId: pl.roomId,
                  start: Date.parse(pl.startsAt),
                  end: Date.parse(pl.endsAt),
                }),
                reasons: (pl.reasons ?? []).join('; '),
              })}{' '}
              <button type="button" onClick={() => void store.acceptOne(pl.sessionId)}>
                {store.t('editor.accept', { title })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
