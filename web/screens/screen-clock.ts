/**
 * The screen's clock. `?at=2027-03-10T10:45:00+01:00` fixes it at an instant (tests, rehearsals,
 * checking a day's screens the evening before); otherwise it is the device's clock.
 */
export function screenClock(search: string): () => number {
  const at = new URLSearchParams(search).get('at');
  const fixed = at ? Date.parse(at) : NaN;
  return Number.isNaN(fixed) ? () => Date.now() : () => fixed;
}

/** `?refresh=<seconds>`: how often to ask for a new published version (default 30 s, at least 1 s). */
export function refreshInterval(search: string): number {
  const seconds = Number(new URLSearchParams(search).get('refresh') ?? 30);
  return Math.max(1, Number.isFinite(seconds) ? seconds : 30) * 1000;
}
