import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** The one `Clock` of the app, injectable everywhere; `createApp({ clock })` replaces it. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new Clock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
