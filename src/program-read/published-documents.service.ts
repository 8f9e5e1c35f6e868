import { Injectable, NotFoundException } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ByteBudgetCache } from '../calendar/feed-cache';
import { AuthenticatedRequest } from '../auth/access.decorators';
import { errorBody } from '../common/errors';
import { PreparedJson, sendPrepared } from '../common/http/prepared-json';
import { PublishedProgram } from '../versions/published-program';
import { VersionSummary } from '../versions/version-summary';
import { PublishedPrograms } from './published-programs.service';

const CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Public reads served like the feeds: each answer is built from the latest published version
 * once, then sent as prepared bytes (ETag and compressed variants kept) until the next publish.
 * The key holds the version number read from the database on each request, so instances sharing
 * a database never serve an older version than the one just published.
 */
@Injectable()
export class PublishedDocuments {
  private readonly cache = new ByteBudgetCache<PreparedJson>(CACHE_BYTES);

  constructor(private readonly programs: PublishedPrograms) {}

  /** `key` names the answer within the version (route and normalized query); `build` may throw 404. */
  async document(
    eventId: string,
    key: string,
    build: (program: PublishedProgram, version: VersionSummary) => unknown,
    knownVersion?: number | null,
  ): Promise<PreparedJson> {
    const latest = await this.programs.latest(eventId, knownVersion);
    if (!latest) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    const cacheKey = `${eventId}|v${latest.number}|${key}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const document = new PreparedJson(JSON.stringify(build(latest.program, latest)));
    this.cache.set(cacheKey, document);
    return document;
  }

  /** The prepared answer, with its headers set on the reply; the handler returns the bytes. */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    eventId: string,
    key: string,
    build: (program: PublishedProgram, version: VersionSummary) => unknown,
  ): Promise<Buffer> {
    // the access guard read the latest version number with the event: no second round trip
    const known = (request as AuthenticatedRequest).publishedVersion;
    return sendPrepared(request, reply, await this.document(eventId, key, build, known));
  }
}

/** A cache key for a query object: the same filters in any order name the same answer. */
export function queryKey(query: object): string {
  return JSON.stringify(
    Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
