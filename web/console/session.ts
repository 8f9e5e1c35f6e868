import { signal } from '@preact/signals';
import { sessionInDoubt, sessionLost } from './http';
import type { Me } from './types';
import { auth } from './writes';

/** Who is signed in: undefined while asking, null when nobody (the console then shows sign-in in place). */
export const me = signal<Me | null | undefined>(undefined);
/** Set when a session ended under the organizer's hands (idle or revoked), to say so on the sign-in form. */
export const expired = signal(false);
/** Milliseconds left before the idle expiry, while the warning shows; null otherwise. */
export const idleWarning = signal<number | null>(null);

const WARN_BEFORE_MS = 2 * 60_000;
const EXTEND_EVERY_MS = 60_000;
let lastExtended = 0;

export async function loadMe(): Promise<void> {
  const outcome = await auth.me();
  me.value = outcome.ok ? outcome.data : null;
  lastExtended = Date.now();
}

/** Any API call made with the cookie slides the idle expiry; /api/auth/me also tells the new one. */
export async function staySignedIn(): Promise<void> {
  const outcome = await auth.me();
  lastExtended = Date.now();
  if (outcome.ok) {
    me.value = outcome.data;
    idleWarning.value = null;
  } else endSession();
}

export function endSession(): void {
  if (me.value) expired.value = true;
  me.value = null;
  idleWarning.value = null;
}

/** Watches the idle expiry, extends on activity, and ends the session in the page when the server did. */
export function watchSession(): () => void {
  const onActivity = () => {
    if (me.value && idleWarning.value === null && Date.now() - lastExtended > EXTEND_EVERY_MS) void staySignedIn();
  };
  const tick = () => {
    const expiresAt = me.value?.session ? Date.parse(me.value.session.idleExpiresAt) : undefined;
    if (expiresAt === undefined) return;
    const left = expiresAt - Date.now();
    if (left <= 0) endSession();
    else idleWarning.value = left <= WARN_BEFORE_MS ? left : null;
  };
  const unsubscribeLost = sessionLost.subscribe((count) => count > 0 && endSession());
  const unsubscribeDoubt = sessionInDoubt.subscribe((count) => {
    if (count > 0 && me.value)
      void auth.me().then((outcome) => {
        if (!outcome.ok && outcome.problem.status === 401) endSession();
      });
  });
  const timer = setInterval(tick, 1000);
  addEventListener('keydown', onActivity);
  addEventListener('pointerdown', onActivity);
  return () => {
    unsubscribeLost();
    unsubscribeDoubt();
    clearInterval(timer);
    removeEventListener('keydown', onActivity);
    removeEventListener('pointerdown', onActivity);
  };
}
