/** What the page keeps in local storage per event: the agenda token and the stars last known. */
export interface StoredAgenda {
  token?: string;
  sessionIds: string[];
  /** stars changed here and not yet saved on the server (made offline, or the save failed) */
  pending?: boolean;
}

/** The part of the Web Storage API used here (the browser's localStorage, or a stand-in in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const storageKey = (eventId: string) => `agenda:${eventId}`;

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;
const ID = /^[0-9a-f-]{36}$/i;

/** Whatever is stored, a usable value: storage may be disabled, full, or hold junk from another version. */
export function readStoredAgenda(storage: Pick<KeyValueStore, 'getItem'> | undefined, eventId: string): StoredAgenda {
  try {
    const raw = storage?.getItem(storageKey(eventId));
    const value = raw ? (JSON.parse(raw) as Partial<StoredAgenda>) : {};
    return {
      ...(typeof value.token === 'string' && TOKEN.test(value.token) && { token: value.token }),
      sessionIds: Array.isArray(value.sessionIds)
        ? value.sessionIds.filter((id): id is string => typeof id === 'string' && ID.test(id))
        : [],
      ...(value.pending === true && { pending: true }),
    };
  } catch {
    return { sessionIds: [] };
  }
}

export function writeStoredAgenda(
  storage: Pick<KeyValueStore, 'setItem'> | undefined,
  eventId: string,
  value: StoredAgenda,
): void {
  try {
    storage?.setItem(storageKey(eventId), JSON.stringify(value));
  } catch {
    // private browsing or a full quota: the stars still live on the server for this visit
  }
}
