import type { KeepMessage, ServedFromCacheMessage } from './sw-types';

/** The oldest copy the page was served from while the network was down (undefined: all fresh). */
export interface CacheReport {
  storedAt?: Date;
}

type Listener = (storedAt: Date) => void;

const listeners = new Set<Listener>();
let oldest: Date | undefined;
/** whether the worker saw every read of this page (it may claim the page only later, mid-load) */
let controlledFromStart = false;

/** Tells `listener` each time a read was answered from the stored copy (the oldest such time so far). */
export function onServedFromCache(listener: Listener): void {
  listeners.add(listener);
  if (oldest) listener(oldest);
}

/**
 * Listens for the service worker's "served from cache" notes. Called first thing, before the
 * page's reads go out, so no note is missed (the worker itself is registered by keepForOffline,
 * only where browsers allow it: https, or http on localhost).
 */
export function listenToServiceWorker(): void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  controlledFromStart = !!container.controller;
  container.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as Partial<ServedFromCacheMessage> | null;
    if (message?.type !== 'served-from-cache' || typeof message.storedAt !== 'string') return;
    const storedAt = new Date(message.storedAt);
    if (Number.isNaN(storedAt.getTime()) || (oldest && oldest <= storedAt)) return;
    oldest = storedAt;
    for (const listener of listeners) listener(storedAt);
  });
  container.startMessages();
}

/**
 * Once the page has loaded: a page opened before the worker controlled it fetched its program
 * past the worker, so the worker is asked to keep those same reads now. Marks the document
 * `data-offline-ready` when the worker holds what the page needs to open offline.
 */
export async function keepForOffline(): Promise<void> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  // registered once the page shows its content: a first visit's worker install (its script,
  // its start-up) then does not compete with the page's own loading; a worker that already
  // controls the page answers its reads from the start either way
  container.register('/sw.js', { scope: '/' }).catch(() => undefined);
  const registration = await container.ready;
  if (!controlledFromStart && registration.active) {
    const message: KeepMessage = { type: 'keep', page: location.href, urls: loadedUrls() };
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      registration.active!.postMessage(message, [channel.port2]);
    });
  }
  document.documentElement.dataset.offlineReady = 'true';
}

/** The page's own assets and the public API reads it made (resource timing lists every fetch). */
function loadedUrls(): string[] {
  const assets = [
    ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
    ...[
      ...document.querySelectorAll<HTMLLinkElement>(
        'link[rel=stylesheet], link[rel=modulepreload], link[rel=prefetch], link[rel=manifest], link[rel=icon]',
      ),
    ].map((link) => link.href),
  ];
  const reads = performance
    .getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === location.origin && new URL(url).pathname.startsWith('/api/'));
  return [...new Set([...assets, ...reads])];
}
