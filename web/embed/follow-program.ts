import { PublicApi, PublishedProgram } from '../lib/public-program';

/** How often an open embed asks whether a new version was published (a 304 while none was). */
const FOLLOW_EVERY_MS = 5 * 60_000;

/**
 * Loads the program, then follows new published versions while the host page stays open: every
 * few minutes and whenever the page becomes visible again. A failed check keeps what is shown.
 * Returns the function that stops following.
 */
export function followProgram(
  api: PublicApi,
  event: string,
  show: (program: PublishedProgram) => void,
  fail: (reason: string) => void,
): () => void {
  let stopped = false;
  let shown: number | undefined;
  const check = () =>
    api.program(event).then(
      (program) => {
        if (stopped || program.publishedVersion === shown) return;
        shown = program.publishedVersion;
        show(program);
      },
      (error: Error) => !stopped && shown === undefined && fail(error.message),
    );
  const onVisible = () => document.visibilityState === 'visible' && void check();
  void check();
  const timer = setInterval(() => void check(), FOLLOW_EVERY_MS);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    stopped = true;
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
