import { Injectable } from '@nestjs/common';
import { PublishedProgram } from '../versions/published-program';
import { publishedItem } from '../versions/published-reads';
import { VersionSummary } from '../versions/version-summary';
import { PublishedDocuments } from './published-documents.service';
import { PublishedPrograms } from './published-programs.service';
import { HttpExchange, ReadSource } from './read-source.decorator';
import { WorkingDocuments } from './working-documents.service';

/** How a feature's service reads its records from the working copy. */
export interface WorkingCopyRecords<T> {
  list(eventId: string): Promise<T[]>;
  get(eventId: string, id: string): Promise<T>;
}

/** List and get of one kind of record, from whichever copy the request reads (published: prepared bytes). */
export interface ProgramRecords<T> {
  list(source: ReadSource, exchange: HttpExchange, eventId: string): Promise<T[] | Buffer>;
  get(source: ReadSource, exchange: HttpExchange, eventId: string, id: string): Promise<T | Buffer>;
}

/** The one place that turns a read source into the working copy or the published program. */
@Injectable()
export class ProgramReader {
  constructor(
    private readonly published: PublishedPrograms,
    private readonly documents: PublishedDocuments,
    private readonly working: WorkingDocuments,
  ) {}

  /** `working` for organizers; for everyone else `published` of the latest version (404 before the first publish). */
  async read<T>(
    source: ReadSource,
    eventId: string,
    working: () => Promise<T>,
    published: (program: PublishedProgram) => T,
  ): Promise<T> {
    return source === 'working-copy' ? working() : published(await this.published.program(eventId));
  }

  /**
   * Like `read`, but the answer goes out as prepared bytes (built once, ETag and compressed copies
   * kept): of the published version for the public, of the working copy's program_version for
   * organizers; `key` names the answer within the version.
   */
  answer<T>(
    source: ReadSource,
    exchange: HttpExchange,
    eventId: string,
    key: string,
    working: () => Promise<T>,
    published: (program: PublishedProgram, version: VersionSummary) => unknown,
  ): Promise<T | Buffer> {
    if (source === 'working-copy')
      return this.working.send(exchange.request, exchange.reply, eventId, key, working) as Promise<T | Buffer>;
    return this.documents.send(exchange.request, exchange.reply, eventId, key, published);
  }

  /** Records whose published form is a list of the snapshot (tracks, rooms, slots, speakers). */
  records<T extends { id: string }>(
    working: WorkingCopyRecords<T>,
    pick: (program: PublishedProgram) => T[],
    label: string,
  ): ProgramRecords<T> {
    return {
      list: (source, exchange, eventId) =>
        this.answer(source, exchange, eventId, `${label}s`, () => working.list(eventId), pick),
      get: (source, exchange, eventId, id) =>
        this.answer(
          source,
          exchange,
          eventId,
          `${label}:${id}`,
          () => working.get(eventId, id),
          (program) => publishedItem(pick(program), id, label),
        ),
    };
  }
}
