import { Global, Module } from '@nestjs/common';
import { ParseWorkers } from './parse-workers.service';
import { PasswordWorkers } from './password-workers.service';

/** Worker threads for work too heavy for the event loop or its memory (uploaded programs, password strength). */
@Global()
@Module({ providers: [ParseWorkers, PasswordWorkers], exports: [ParseWorkers, PasswordWorkers] })
export class WorkersModule {}
