import type { EditorStore } from './store';

/**
 * Other organizers' changes, pushed by the server's stream: a changed session is re-read (never
 * merged by hand), anything broader reloads the program. Our own writes come back through the
 * stream too; they are applied but not announced as someone else's.
 */
export class LiveUpdates {
  private stream: EventSource | null = null;
  private readonly writing = new Map<string, number>();

  constructor(private readonly store: EditorStore) {}

  start(): void {
    if (typeof EventSource === 'undefined') return;
    const store = this.store;
    const stream = new EventSource(`/api/events/${store.eventId}/stream`);
    this.stream = stream;
    stream.addEventListener('reset', () => void store.reload());
    stream.addEventListener('change', (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as {
        kind: string;
        entityId?: string;
        sessionId?: string;
      };
      const onSession = change.kind.startsWith('session.');
      const sessionId = onSession ? change.entityId : change.sessionId;
      if (sessionId && (onSession || change.kind.startsWith('presentation.'))) void this.reread(sessionId);
      else if (change.kind !== 'event.updated') void store.reload();
    });
  }

  stop(): void {
    this.stream?.close();
  }

  /** Marks a session as being written by this editor for a few seconds. */
  ownWrite(id: string): void {
    this.writing.set(id, (this.writing.get(id) ?? 0) + 1);
    setTimeout(() => {
      const left = (this.writing.get(id) ?? 1) - 1;
      if (left > 0) this.writing.set(id, left);
      else this.writing.delete(id);
    }, 3000);
  }

  private async reread(sessionId: string): Promise<void> {
    const store = this.store;
    const before = store.byId.value.get(sessionId);
    const after = await store.reloadSession(sessionId);
    performance.mark('se-live-applied');
    store.refreshConflicts();
    if (this.writing.has(sessionId)) return;
    if (after && before && after.version !== before.version)
      store.message.value = store.t('editor.liveChanged', { title: after.title });
    else if (!after && before) store.message.value = store.t('editor.liveRemoved');
  }
}
