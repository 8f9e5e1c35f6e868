import { useEffect, useState } from 'preact/hooks';

/**
 * Form drafts kept in sessionStorage on every keystroke: an error answer, a session that ends
 * while the organizer types, or a reload never loses what was typed. Cleared once saved.
 */
const PREFIX = 'console.draft:';

function read<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function useDraft<T extends object>(
  key: string,
  initial: () => T,
): [T, (patch: Partial<T>) => void, (next?: T) => void] {
  const [value, setValue] = useState<T>(() => ({ ...initial(), ...read<T>(key) }));
  useEffect(() => setValue({ ...initial(), ...read<T>(key) }), [key]); // another record opened in the same form
  const update = (patch: Partial<T>) =>
    setValue((current) => {
      const next = { ...current, ...patch };
      try {
        sessionStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // storage full or blocked: the form still works, only the safety net is gone
      }
      return next;
    });
  const reset = (next?: T) => {
    sessionStorage.removeItem(PREFIX + key);
    setValue(next ?? initial());
  };
  return [value, update, reset];
}
