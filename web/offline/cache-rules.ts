/**
 * What the service worker may keep, decided from the request alone (pure, unit-tested). It keeps
 * the public pages, their assets and the public API's reads, and never organizer pages, writes or
 * anything sent with credentials: the agenda page reads the API with `credentials: 'omit'`,
 * while the organizer console sends its session cookie.
 */

export type CachePolicy =
  /** a public page: network first, the last copy when offline (one copy per path) */
  | 'page'
  /** a versioned asset (`?v=`, or a split-off module named by its hash): the cached copy, else the network */
  | 'asset'
  /** an asset without version, the manifest, the icons: network first */
  | 'static'
  /** a public API read: network first, the last copy when offline */
  | 'api'
  /** not ours to touch: the browser does what it would without a service worker */
  | 'skip';

export interface RequestFacts {
  method: string;
  url: string;
  /** the service worker's own origin */
  origin: string;
  mode: string;
  credentials: string;
  hasAuthorization: boolean;
}

/** `/`, `/e/:slug`, and the room screens `/e/:slug/screens(/:roomId)` (they too should open offline). */
const PUBLIC_PAGE = /^\/(e\/[^/]+(\/screens(\/[^/]+)?)?\/?)?$/;
const STATIC = /^\/(assets\/[^/]+|manifest\.webmanifest|icons\/[^/]+)$/;
/** `/assets/rich-text-KOR46QRK.js`: esbuild's content hash in the name (src/common/http/web-bundle.ts) */
const HASHED_MODULE = /^\/assets\/[a-z][\w-]*-[A-Z0-9]{8}\.js$/;
/** Reads that are never public or never end (auth, tokens, the organizer's live stream, the docs). */
const PRIVATE_API = /^\/api\/(auth|tokens|docs|users|members|backup)(\/|$)|\/stream$/;

export function cachePolicy(request: RequestFacts): CachePolicy {
  if (request.method !== 'GET') return 'skip';
  const url = new URL(request.url);
  if (url.origin !== request.origin) return 'skip';
  const path = url.pathname;
  if (path === '/organizer' || path.startsWith('/organizer/')) return 'skip';
  if (request.mode === 'navigate') return PUBLIC_PAGE.test(path) ? 'page' : 'skip';
  if (STATIC.test(path))
    return (path.startsWith('/assets/') && url.searchParams.has('v')) || HASHED_MODULE.test(path) ? 'asset' : 'static';
  if (!path.startsWith('/api/') || PRIVATE_API.test(path)) return 'skip';
  if (request.credentials !== 'omit' || request.hasAuthorization) return 'skip';
  return 'api';
}

/** Whether a response may be kept: a whole same-origin success that does not forbid storing. */
export function mayStore(response: {
  ok: boolean;
  status: number;
  type: string;
  cacheControl: string | null;
}): boolean {
  if (!response.ok || response.status !== 200 || response.type !== 'basic') return false;
  return !/\b(no-store|private)\b/i.test(response.cacheControl ?? '');
}

/** The key a page is kept under: its path, so `?view=list&day=…` finds the same copy. */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
