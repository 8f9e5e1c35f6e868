/**
 * The agenda page's service worker, served at /sw.js so its scope covers `/` and `/e/:slug`.
 * Public pages and API reads: network first, the last copy when the network fails (and the page
 * is told, so it can say "offline, as of …"). Versioned assets: cache first. Everything else,
 * organizer pages, writes and credentialed reads above all, is left to the browser untouched.
 */
import { cachePolicy, CachePolicy, mayStore, pageKey, RequestFacts } from './cache-rules';
import type { FetchEvent, KeepMessage, ServedFromCacheMessage, ServiceWorkerScope } from './sw-types';

const worker = self as unknown as ServiceWorkerScope;
const CACHE = 'agenda-offline-v1';
/** The API copies kept at most; the oldest go first (a FOSDEM-sized program needs a few dozen). */
const MAX_API_ENTRIES = 300;
const ASSET_BUILDS_KEPT = 3;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('fetch', (event) => {
  const policy = policyOf(event.request);
  if (policy === 'skip') return;
  event.respondWith(answer(event, policy));
});

worker.addEventListener('message', (event) => {
  const message = event.data as Partial<KeepMessage> | null;
  if (message?.type !== 'keep' || typeof message.page !== 'string' || !Array.isArray(message.urls)) return;
  const urls = message.urls.filter((url): url is string => typeof url === 'string').slice(0, 100);
  const done = Promise.all([keep(message.page, 'navigate'), ...urls.map((url) => keep(url, 'cors'))]);
  event.waitUntil(done.then(() => event.ports[0]?.postMessage({ type: 'kept' })));
});

async function answer(event: FetchEvent, policy: Exclude<CachePolicy, 'skip'>): Promise<Response> {
  const cache = await caches.open(CACHE);
  const key = policy === 'page' ? pageKey(event.request.url) : event.request.url;
  if (policy === 'asset') {
    const hit = await cache.match(key);
    if (hit) return hit;
  }
  try {
    const response = await fetch(event.request);
    if (storable(response, policy)) event.waitUntil(store(cache, key, response.clone(), policy));
    return response;
  } catch (error) {
    const copy = await cache.match(key);
    if (!copy) throw error;
    if (policy === 'api') void tellClient(event, copy);
    return copy;
  }
}

/** Fetches what the page loaded before this worker controlled it, and keeps what the rules allow. */
async function keep(url: string, mode: 'navigate' | 'cors'): Promise<void> {
  const request = new Request(url, { credentials: 'omit' });
  const policy = cachePolicy({ ...factsOf(request), mode });
  if (policy === 'skip') return;
  const cache = await caches.open(CACHE);
  const key = policy === 'page' ? pageKey(url) : url;
  if (policy === 'asset' && (await cache.match(key))) return;
  try {
    const response = await fetch(request);
    if (storable(response, policy)) await store(cache, key, response, policy);
  } catch {
    // offline already: the next visit online keeps it
  }
}

function policyOf(request: Request): CachePolicy {
  return cachePolicy(factsOf(request));
}

function factsOf(request: Request): RequestFacts {
  return {
    method: request.method,
    url: request.url,
    origin: worker.location.origin,
    mode: request.mode,
    credentials: request.credentials,
    hasAuthorization: request.headers.has('authorization'),
  };
}

function storable(response: Response, policy: CachePolicy): boolean {
  const { ok, status, type } = response;
  if (!mayStore({ ok, status, type, cacheControl: response.headers.get('cache-control') })) return false;
  return policy !== 'api' || /json/i.test(response.headers.get('content-type') ?? '');
}

async function store(cache: Cache, key: string, response: Response, policy: CachePolicy): Promise<void> {
  await cache.put(key, response);
  const keys = await cache.keys();
  const path = assetFamily(new URL(key).pathname);
  // a few builds of each asset: a page kept with an older build (`/` kept last week) still opens offline
  const stale =
    policy === 'asset'
      ? keys.filter((request) => assetFamily(new URL(request.url).pathname) === path).slice(0, -ASSET_BUILDS_KEPT)
      : policy === 'api'
        ? keys.filter((request) => new URL(request.url).pathname.startsWith('/api/')).slice(0, -MAX_API_ENTRIES)
        : [];
  for (const old of stale) await cache.delete(old);
}

/** One asset across builds: `/assets/agenda.js` (its builds differ by `?v=`), `/assets/rich-text-<hash>.js` (by its name). */
function assetFamily(path: string): string {
  return path.replace(/-[A-Z0-9]{8}\.js$/, '.js');
}

async function tellClient(event: FetchEvent, copy: Response): Promise<void> {
  const client = await worker.clients.get(event.clientId);
  const date = Date.parse(copy.headers.get('date') ?? '');
  const message: ServedFromCacheMessage = {
    type: 'served-from-cache',
    url: event.request.url,
    storedAt: new Date(Number.isNaN(date) ? Date.now() : date).toISOString(),
  };
  client?.postMessage(message);
}
