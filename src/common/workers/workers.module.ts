import { Global, Module } from '@nestjs/common';
import { ParseWorkers } from './parse-workers.service';

/** Worker threads for work too heavy for the event loop (parsing uploaded programs). */
@Global()
@Module({ providers: [ParseWorkers], exports: [ParseWorkers] })
export class WorkersModule {}
