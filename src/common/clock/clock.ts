import { Injectable } from '@nestjs/common';

/**
 * The current time, as a provider: every service asks it instead of `new Date()`, so a test
 * (or a replay) can run the whole app at a chosen instant (session expiry, publish stamps,
 * `updatedAt`, retention).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved: give it to `createApp({ clock })` in tests. */
export class FixedClock extends Clock {
  constructor(private at: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.at.getTime());
  }

  set(at: Date): void {
    this.at = at;
  }

  advance(milliseconds: number): void {
    this.at = new Date(this.at.getTime() + milliseconds);
  }
}
