/**
 * Big views (a FOSDEM day: ~480 cards) are built in two parts: what fills the first screen at
 * once, the rest in short tasks after it, so the program paints early and no task blocks input
 * for long. The rest is built detached and put into the page in one step: appended piece by
 * piece, every piece would cost the browser a style, layout and paint pass of its own.
 * Small views are built whole, as before.
 */

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task and resumes in a new one, so the browser can paint and answer input in
 * between: with `scheduler.yield` where the browser has it (the continuation keeps its place in
 * the queue), else a zero timeout. Steps of the page's start-up each fit in a short task this way.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/** Below this many cards a view is built in one go (the demo, most conferences). */
export const PROGRESSIVE_FROM = 150;
/** Milliseconds of building per task: under the 50 ms of a long task even on a 4× slower phone. */
const STEP_MS = 8;

/** Work for after the first screen is painted; without one, views build everything at once. */
export interface Later {
  /** builds a piece outside the page (run a few milliseconds' worth per task) */
  build(step: () => void): void;
  /** puts the built pieces into the page (run together, once every piece is built) */
  attach(step: () => void): void;
}

export class ProgressiveRender {
  private queue: (() => void)[] = [];
  private attaching: (() => void)[] = [];
  private waiting: (() => void)[] = [];
  private generation = 0;

  /** The `Later` of the next render, or undefined when `cards` is small enough to build at once. */
  laterFor(cards: number): Later | undefined {
    this.cancel();
    if (cards < PROGRESSIVE_FROM) return undefined;
    return { build: (step) => this.queue.push(step), attach: (step) => this.attaching.push(step) };
  }

  /** Runs what was deferred, a few milliseconds per task; `done` once all of it is in the page. */
  finish(done: () => void): void {
    // a render replaced before it finished hands its `done` on to the one replacing it
    this.waiting.push(done);
    const generation = this.generation;
    const steps = this.queue;
    this.queue = [];
    let next = 0;
    const complete = () => {
      // built pieces may have asked for their attach step while building: read the list now
      for (const step of this.attaching.splice(0)) step();
      for (const callback of this.waiting.splice(0)) callback();
    };
    const work = () => {
      if (generation !== this.generation) return; // a newer render replaced this one
      const until = performance.now() + STEP_MS;
      while (next < steps.length && performance.now() < until) steps[next++]();
      if (next < steps.length) setTimeout(work);
      else complete();
    };
    if (steps.length) setTimeout(work);
    else complete();
  }

  /** Drops deferred work of the view on screen (it is being replaced). */
  cancel(): void {
    this.generation++;
    this.queue = [];
    this.attaching = [];
  }
}
