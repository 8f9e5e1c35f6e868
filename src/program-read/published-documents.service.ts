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

/** URLs remembered for the fast path (see public-read-fast-path.ts): each entry is two short strings and a number. */
const MAX_ANSWERED_URLS = 20_000;

/**
 * Headers a handler sets on its reply before sending a prepared document (the agenda program's
 * Cache-Control): kept with the URL, so an answer repeated near the wire carries them too.
 */
const HANDLER_HEADERS = ['cache-control'] as const;

type HandlerHeaders = Partial<Record<(typeof HANDLER_HEADERS)[number], string>>;

/** What an anonymous read of one URL was answered with: that version's prepared document. */
export interface AnsweredRead {
  eventId: string;
  version: number;
  document: PreparedJson;
  headers: HandlerHeaders;
}

interface AnsweredUrl {
  eventId: string;
  version: number;
  cacheKey: string;
  headers: HandlerHeaders;
}

interface Prepared {
  cacheKey: string;
  version: number;
  document: PreparedJson;
}

/**
 * Public reads served like the feeds: each answer is built from the latest published version
 * once, then sent as prepared bytes (ETag and compressed variants kept) until the next publish.
 * The key holds the version number read from the database on each request, so instances sharing
 * a database never serve an older version than the one just published.
 */
@Injectable()
export class PublishedDocuments {
  private readonly cache = new ByteBudgetCache<PreparedJson>(CACHE_BYTES);
  /** Request URL (path and query, as sent) → the cached answer it got; insertion order is age. */
  private readonly answeredUrls = new Map<string, AnsweredUrl>();

  constructor(private readonly programs: PublishedPrograms) {}

  /** `key` names the answer within the version (route and normalized query); `build` may throw 404. */
  async document(
    eventId: string,
    key: string,
    build: (program: PublishedProgram, version: VersionSummary) => unknown,
    knownVersion?: number | null,
  ): Promise<PreparedJson> {
    return (await this.prepare(eventId, key, build, knownVersion)).document;
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
    const prepared = await this.prepare(eventId, key, build, known);
    if (request.method === 'GET') this.remember(request.url, eventId, prepared, reply);
    return sendPrepared(request, reply, prepared.document);
  }

  /**
   * The answer the same URL got last time through the whole pipeline (validation, access, query
   * parsing), while its document is still cached; the caller checks the version is still the latest.
   */
  answered(url: string): AnsweredRead | undefined {
    const entry = this.answeredUrls.get(url);
    if (!entry) return undefined;
    const document = this.cache.get(entry.cacheKey);
    if (!document) this.answeredUrls.delete(url);
    return document && { eventId: entry.eventId, version: entry.version, document, headers: entry.headers };
  }

  private remember(url: string, eventId: string, prepared: Prepared, reply: FastifyReply): void {
    const headers: HandlerHeaders = {};
    for (const name of HANDLER_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    this.answeredUrls.delete(url);
    if (this.answeredUrls.size >= MAX_ANSWERED_URLS) this.answeredUrls.delete(this.answeredUrls.keys().next().value!);
    this.answeredUrls.set(url, { eventId, version: prepared.version, cacheKey: prepared.cacheKey, headers });
  }

  private async prepare(
    eventId: string,
    key: string,
    build: (program: PublishedProgram, version: VersionSummary) => unknown,
    knownVersion?: number | null,
  ): Promise<Prepared> {
    const latest = await this.programs.latest(eventId, knownVersion);
    if (!latest) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    const cacheKey = `${eventId}|v${latest.number}|${key}`;
    let document = this.cache.get(cacheKey);
    if (!document) {
      document = new PreparedJson(JSON.stringify(build(latest.program, latest)));
      this.cache.set(cacheKey, document);
    }
    return { cacheKey, version: latest.number, document };
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
