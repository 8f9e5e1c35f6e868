import { Injectable } from '@nestjs/common';

/** The time, as a provider so tests can move it (idle and absolute session expiry). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
