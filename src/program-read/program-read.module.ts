import { Module } from '@nestjs/common';
import { ProgramReader } from './program-reader.service';
import { PublishedPrograms } from './published-programs.service';

/** The read side of a program: the published versions as the public sees them, and the choice between them and the working copy. */
@Module({
  providers: [PublishedPrograms, ProgramReader],
  exports: [PublishedPrograms, ProgramReader],
})
export class ProgramReadModule {}
