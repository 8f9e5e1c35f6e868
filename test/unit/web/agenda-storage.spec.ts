import { readStoredAgenda, storageKey, writeStoredAgenda } from '../../../web/lib/agenda-storage';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const TOKEN = 'a'.repeat(43);
const ID = '0b8f3f4e-2d7c-4c59-9a38-3f0e4f1c2a11';

describe('agenda storage in the browser', () => {
  it('keeps the token and the stars per event', () => {
    const storage = new MemoryStorage();
    writeStoredAgenda(storage, 'e1', { token: TOKEN, sessionIds: [ID] });
    expect(readStoredAgenda(storage, 'e1')).toEqual({ token: TOKEN, sessionIds: [ID] });
    expect(readStoredAgenda(storage, 'e2')).toEqual({ sessionIds: [] });
    expect([...storage.items.keys()]).toEqual([storageKey('e1')]);
  });

  it('reads junk, foreign values and missing storage as an empty agenda', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey('e1'), '{not json');
    expect(readStoredAgenda(storage, 'e1')).toEqual({ sessionIds: [] });
    storage.setItem(storageKey('e1'), JSON.stringify({ token: 'short', sessionIds: [ID, 42, 'nope'] }));
    expect(readStoredAgenda(storage, 'e1')).toEqual({ sessionIds: [ID] });
    expect(readStoredAgenda(undefined, 'e1')).toEqual({ sessionIds: [] });
  });

  it('survives a storage that refuses writes (private browsing, full quota)', () => {
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeStoredAgenda(refusing, 'e1', { sessionIds: [ID] })).not.toThrow();
  });

  it('remembers stars not yet saved on the server (made offline), and only a real true as such', () => {
    const storage = new MemoryStorage();
    writeStoredAgenda(storage, 'e1', { token: TOKEN, sessionIds: [ID], pending: true });
    expect(readStoredAgenda(storage, 'e1')).toEqual({ token: TOKEN, sessionIds: [ID], pending: true });
    storage.setItem(storageKey('e1'), JSON.stringify({ sessionIds: [ID], pending: 'yes' }));
    expect(readStoredAgenda(storage, 'e1')).toEqual({ sessionIds: [ID] });
  });
});
