import { Injectable } from '@nestjs/common';
import { PublishedProgram } from '../versions/published-program';
import { publishedItem } from '../versions/published-reads';
import { PublishedPrograms } from './published-programs.service';
import { ReadSource } from './read-source.decorator';

/** How a feature's service reads its records from the working copy. */
export interface WorkingCopyRecords<T> {
  list(eventId: string): Promise<T[]>;
  get(eventId: string, id: string): Promise<T>;
}

/** List and get of one kind of record, from whichever copy the request reads. */
export interface ProgramRecords<T> {
  list(source: ReadSource, eventId: string): Promise<T[]>;
  get(source: ReadSource, eventId: string, id: string): Promise<T>;
}

/** The one place that turns a read source into the working copy or the published program. */
@Injectable()
export class ProgramReader {
  constructor(private readonly published: PublishedPrograms) {}

  /** `working` for organizers; for everyone else `published` of the latest version (404 before the first publish). */
  async read<T>(
    source: ReadSource,
    eventId: string,
    working: () => Promise<T>,
    published: (program: PublishedProgram) => T,
  ): Promise<T> {
    return source === 'working-copy' ? working() : published(await this.published.program(eventId));
  }

  /** Records whose published form is a list of the snapshot (tracks, rooms, slots, speakers). */
  records<T extends { id: string }>(
    working: WorkingCopyRecords<T>,
    pick: (program: PublishedProgram) => T[],
    label: string,
  ): ProgramRecords<T> {
    return {
      list: (source, eventId) => this.read(source, eventId, () => working.list(eventId), pick),
      get: (source, eventId, id) =>
        this.read(
          source,
          eventId,
          () => working.get(eventId, id),
          (program) => publishedItem(pick(program), id, label),
        ),
    };
  }
}
