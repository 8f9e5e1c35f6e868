import { Injectable } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedRequest } from '../auth/access.decorators';
import { ByteBudgetCache } from '../calendar/feed-cache';
import { PreparedJson, sendPrepared } from '../common/http/prepared-json';

const CACHE_BYTES = 8 * 1024 * 1024;

/** URLs remembered for the organizer fast path: each entry is two short strings. */
const MAX_ANSWERED_URLS = 20_000;

/** Which prepared answer of the working copy an organizer's URL got: the caller's access is checked again each time. */
export interface WorkingAnswer {
  eventId: string;
  key: string;
}

/**
 * Organizers' reads of the working copy, prepared once per state of the program: a document is
 * kept under the event's program_version, which every write transaction bumps, so the one
 * indexed read the access check makes anyway tells whether it is current, on any instance that
 * shares the database. A writer's next read sees the bumped number and gets a fresh document.
 * Every caller who may see private data reads the same working copy, so one document serves
 * all of an event's organizers; nobody else is ever answered from here.
 */
@Injectable()
export class WorkingDocuments {
  private readonly cache = new ByteBudgetCache<PreparedJson>(CACHE_BYTES);
  /** The newest program_version prepared per event, with its cache keys: older ones are dropped at once. */
  private readonly newest = new Map<string, { version: number; keys: Set<string> }>();
  private readonly answeredUrls = new Map<string, WorkingAnswer>();

  /** The prepared answer for this request's program_version (read by the access guard), built on first demand. */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    eventId: string,
    key: string,
    build: () => Promise<unknown>,
  ): Promise<unknown> {
    const version = (request as AuthenticatedRequest).programVersion;
    if (version === undefined) return build();
    let document = this.get(eventId, version, key);
    if (!document) {
      // built after the version was read, so it shows that state or a newer one, never an older one
      document = new PreparedJson(JSON.stringify(await build()));
      this.store(eventId, version, key, document);
    }
    if (request.method === 'GET') this.remember(request.url, { eventId, key });
    return sendPrepared(request, reply, document);
  }

  get(eventId: string, version: number, key: string): PreparedJson | undefined {
    return this.cache.get(cacheKey(eventId, version, key));
  }

  /** What the same URL was answered with through the whole pipeline (validation, access, query parsing). */
  answered(url: string): WorkingAnswer | undefined {
    return this.answeredUrls.get(url);
  }

  private store(eventId: string, version: number, key: string, document: PreparedJson): void {
    let newest = this.newest.get(eventId);
    if (newest && newest.version > version) return; // a write committed while this one was built
    if (!newest || newest.version < version) {
      for (const old of newest?.keys ?? []) this.cache.delete(old);
      newest = { version, keys: new Set() };
      this.newest.set(eventId, newest);
    }
    const name = cacheKey(eventId, version, key);
    newest.keys.add(name);
    this.cache.set(name, document);
  }

  private remember(url: string, answer: WorkingAnswer): void {
    if (this.answeredUrls.has(url)) return;
    if (this.answeredUrls.size >= MAX_ANSWERED_URLS) this.answeredUrls.delete(this.answeredUrls.keys().next().value!);
    this.answeredUrls.set(url, answer);
  }
}

const cacheKey = (eventId: string, version: number, key: string) => `${eventId}|p${version}|${key}`;
