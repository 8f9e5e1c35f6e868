import type { components } from '../generated/api';

export type Changelog = components['schemas']['ChangelogDto'];
type VersionPage = components['schemas']['VersionPageDto'];
type ChangesResponse = components['schemas']['ChangesResponseDto'];
type EventInfo = components['schemas']['EventResponseDto'];

/** Public reads only, without cookies, like the rest of the page (so the service worker may keep them). */
async function read<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'omit', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

const base = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

/** The number of the newest published version (0 when there is none). */
export async function latestVersion(eventId: string): Promise<number> {
  const page = await read<VersionPage>(`${base(eventId)}/versions?limit=1`);
  return page.items[0]?.number ?? 0;
}

export const changesSince = (eventId: string, since: number) =>
  read<ChangesResponse>(`${base(eventId)}/changes?since=${since}`);

export const eventZone = async (eventId: string) => (await read<EventInfo>(base(eventId))).timezone;
