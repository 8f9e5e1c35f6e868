import { Module } from '@nestjs/common';
import { ProgramReader } from './program-reader.service';
import { PublishedDocuments } from './published-documents.service';
import { PublishedPrograms } from './published-programs.service';
import { WorkingDocuments } from './working-documents.service';

/** The read side of a program: the published versions as the public sees them (parsed, and as prepared answers), the working copy's prepared answers for organizers, and the choice between them. */
@Module({
  providers: [PublishedPrograms, PublishedDocuments, WorkingDocuments, ProgramReader],
  exports: [PublishedPrograms, PublishedDocuments, WorkingDocuments, ProgramReader],
})
export class ProgramReadModule {}
