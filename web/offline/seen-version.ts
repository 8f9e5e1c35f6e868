/** The published version this browser last showed, per event, in local storage. */
const key = (eventId: string) => `agenda-seen-version:${eventId}`;

export function readSeenVersion(eventId: string): number | undefined {
  try {
    const value = Number(localStorage.getItem(key(eventId)));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeSeenVersion(eventId: string, version: number): void {
  try {
    localStorage.setItem(key(eventId), String(version));
  } catch {
    // storage disabled: the next visit simply announces nothing
  }
}
