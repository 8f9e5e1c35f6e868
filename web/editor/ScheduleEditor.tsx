import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Lang } from '../lib/i18n';
import { dayLabel } from '../lib/zoned-time';
import { Grid } from './Grid';
import { ConflictPanel, ProposalPanel } from './Panels';
import { Sidebar } from './Sidebar';
import { EditorStore } from './store';
import './editor.css';

export interface ScheduleEditorProps {
  eventId: string;
  lang: Lang;
}

/** The schedule editor (rooms × time grid). Mounted by the organizer console at /organizer/events/:eventId/schedule. */
export function ScheduleEditor({ eventId, lang }: ScheduleEditorProps) {
  const store = useMemo(() => new EditorStore(eventId, lang), [eventId, lang]);
  const showConflicts = useSignal(false);
  useEffect(() => {
    void store.start();
    return () => store.stop();
  }, [store]);
  useEffect(() => {
    const keys = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      const field = (e.target as HTMLElement).closest('input, select, textarea');
      if (field) return;
      e.preventDefault();
      void store.undoLast(e.shiftKey);
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [store]);

  const ready = !!store.program.value;
  useEffect(() => {
    if (ready) performance.mark('se-interactive'); // first grid rendered, handlers attached
  }, [ready]);
  const t = store.t;
  if (store.failed.value) return <p role="alert">{t('editor.loadFailed', { reason: store.failed.value })}</p>;
  if (!store.program.value) return <p role="status">{t('editor.loading')}</p>;
  void store.history.value; // re-render when undo/redo availability changes
  return (
    <section class="se" aria-label={t('editor.label')} data-ready="true">
      <div class="se-toolbar">
        <nav aria-label={t('editor.days')} class="se-days">
          {store.days.value.map((day) => (
            <button
              key={day}
              type="button"
              data-day={day}
              aria-current={day === store.day.value ? 'date' : undefined}
              onClick={() => (store.day.value = day)}
            >
              {dayLabel(day)}
            </button>
          ))}
        </nav>
        <button type="button" disabled={!store.undo.canUndo} onClick={() => void store.undoLast()}>
          {t('editor.undo')}
        </button>
        <button type="button" disabled={!store.undo.canRedo} onClick={() => void store.undoLast(true)}>
          {t('editor.redo')}
        </button>
        <button type="button" onClick={() => void store.proposePlacements()}>
          {t('editor.propose')}
        </button>
        <button
          type="button"
          aria-expanded={showConflicts.value ? 'true' : 'false'}
          onClick={() => (showConflicts.value = !showConflicts.value)}
        >
          {t('editor.conflicts', { count: store.conflicts.value.length })}
        </button>
      </div>
      <p class="se-status" role="status" aria-live="polite">
        {store.message.value}
      </p>
      <ProposalPanel store={store} />
      {showConflicts.value && <ConflictPanel store={store} />}
      <div class="se-body">
        <Sidebar store={store} />
        <div class="se-scroll">
          <Grid store={store} />
        </div>
      </div>
    </section>
  );
}
