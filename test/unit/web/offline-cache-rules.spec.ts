import { cachePolicy, mayStore, pageKey, RequestFacts } from '../../../web/offline/cache-rules';

const ORIGIN = 'http://127.0.0.1:3000';
const EVENT = '/api/events/0b8f3f4e-2d7c-4c59-9a38-3f0e4f1c2a11';

/** A read as the agenda page makes it: GET, same origin, no cookies. */
const read = (path: string, overrides: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  url: `${ORIGIN}${path}`,
  origin: ORIGIN,
  mode: 'cors',
  credentials: 'omit',
  hasAuthorization: false,
  ...overrides,
});
const visit = (path: string) => read(path, { mode: 'navigate', credentials: 'include' });

describe('what the agenda service worker keeps', () => {
  it('keeps the public pages, network first', () => {
    expect(cachePolicy(visit('/'))).toBe('page');
    expect(cachePolicy(visit('/e/open-planning-summit-2027'))).toBe('page');
    expect(cachePolicy(visit('/e/open-planning-summit-2027?view=list&day=2027-03-10'))).toBe('page');
    expect(cachePolicy(visit('/e/open-planning-summit-2027/screens'))).toBe('page');
    expect(cachePolicy(visit('/e/open-planning-summit-2027/screens/0b8f3f4e-2d7c-4c59-9a38-3f0e4f1c2a11'))).toBe(
      'page',
    );
  });

  it('never touches organizer pages, their assets or any other page', () => {
    expect(cachePolicy(visit('/organizer'))).toBe('skip');
    expect(cachePolicy(visit('/organizer/events/1/editor'))).toBe('skip');
    expect(cachePolicy(read('/organizer/assets/console.js?v=abc'))).toBe('skip');
    expect(cachePolicy(visit('/api/docs'))).toBe('skip');
    expect(cachePolicy(visit('/e/slug/insights'))).toBe('skip');
  });

  it('keeps versioned assets cache first, and the manifest, icons and unversioned assets network first', () => {
    expect(cachePolicy(read('/assets/agenda.js?v=abc123', { credentials: 'same-origin' }))).toBe('asset');
    expect(cachePolicy(read('/assets/agenda.css'))).toBe('static');
    // split-off modules carry their version in the name
    expect(cachePolicy(read('/assets/rich-text-KOR46QRK.js', { credentials: 'same-origin' }))).toBe('asset');
    expect(cachePolicy(read('/assets/chunk-WOT6VMZA.js', { credentials: 'same-origin' }))).toBe('asset');
    expect(cachePolicy(read('/assets/rich-text.js'))).toBe('static');
    expect(cachePolicy(read('/manifest.webmanifest'))).toBe('static');
    expect(cachePolicy(read('/icons/icon-192.png'))).toBe('static');
  });

  it('keeps public API reads, whatever their address (one document per version included)', () => {
    expect(cachePolicy(read(EVENT))).toBe('api');
    expect(cachePolicy(read(`${EVENT}/sessions?limit=500&page=1`))).toBe('api');
    expect(cachePolicy(read(`${EVENT}/versions/7`))).toBe('api');
    expect(cachePolicy(read('/api/events'))).toBe('api');
  });

  it('never keeps writes, reads with cookies or a token, private areas or the live stream', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(cachePolicy(read(EVENT, { method }))).toBe('skip');
    expect(cachePolicy(read(EVENT, { credentials: 'include' }))).toBe('skip');
    expect(cachePolicy(read(EVENT, { credentials: 'same-origin' }))).toBe('skip');
    expect(cachePolicy(read(EVENT, { hasAuthorization: true }))).toBe('skip');
    expect(cachePolicy(read('/api/auth/me'))).toBe('skip');
    expect(cachePolicy(read('/api/tokens'))).toBe('skip');
    expect(cachePolicy(read(`${EVENT}/stream`))).toBe('skip');
    expect(cachePolicy(read('/api/docs/openapi.json'))).toBe('skip');
  });

  it('never keeps another origin’s answers', () => {
    expect(cachePolicy(read(EVENT, { url: `http://other.test${EVENT}` }))).toBe('skip');
    expect(cachePolicy({ ...visit('/'), url: 'http://other.test/' })).toBe('skip');
  });

  it('stores only whole same-origin successes that allow storing', () => {
    const ok = { ok: true, status: 200, type: 'basic', cacheControl: null };
    expect(mayStore(ok)).toBe(true);
    expect(mayStore({ ...ok, cacheControl: 'public, max-age=300' })).toBe(true);
    expect(mayStore({ ...ok, cacheControl: 'no-store' })).toBe(false);
    expect(mayStore({ ...ok, cacheControl: 'private, max-age=300' })).toBe(false);
    expect(mayStore({ ...ok, status: 206 })).toBe(false);
    expect(mayStore({ ...ok, ok: false, status: 404 })).toBe(false);
    expect(mayStore({ ...ok, type: 'opaque' })).toBe(false);
  });

  it('keys a page by its path, so every view and day of it opens offline', () => {
    expect(pageKey(`${ORIGIN}/e/slug?view=grid&day=2027-03-11#s=1`)).toBe(`${ORIGIN}/e/slug`);
  });
});
