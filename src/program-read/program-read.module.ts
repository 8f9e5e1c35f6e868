import { Module } from '@nestjs/common';
import { ProgramReader } from './program-reader.service';
import { PublishedDocuments } from './published-documents.service';
import { PublishedPrograms } from './published-programs.service';

/** The read side of a program: the published versions as the public sees them (parsed, and as prepared answers), and the choice between them and the working copy. */
@Module({
  providers: [PublishedPrograms, PublishedDocuments, ProgramReader],
  exports: [PublishedPrograms, PublishedDocuments, ProgramReader],
})
export class ProgramReadModule {}
