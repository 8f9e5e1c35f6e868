import { FastifyReply, FastifyRequest } from 'fastify';
import { compress, CompressibleDocument, ContentCoding, usePreparedVariants } from './json-compression';
import { jsonEtag } from './http-semantics';

/**
 * A JSON answer serialized once and served as bytes many times (public reads of a published
 * version): its ETag is computed once, and each compressed variant is made on first demand and kept.
 */
export class PreparedJson implements CompressibleDocument {
  readonly body: Buffer;
  readonly etag: string;
  private readonly variants = new Map<ContentCoding, Promise<Buffer>>();

  constructor(json: string) {
    this.body = Buffer.from(json, 'utf8');
    this.etag = jsonEtag(json);
  }

  encoded(coding: ContentCoding): Promise<Buffer> {
    let variant = this.variants.get(coding);
    if (!variant) {
      variant = compress(this.body, coding);
      this.variants.set(coding, variant);
      variant.catch(() => this.variants.delete(coding));
    }
    return variant;
  }

  /** For cache budgets: the body and, at most, two compressed variants (JSON compresses about tenfold). */
  get bytes(): number {
    return Math.ceil(this.body.length * 1.2);
  }
}

/**
 * Answers with the prepared bytes: the ETag goes out as computed at preparation (the HTTP
 * semantics hook turns a matching If-None-Match into 304), and the compression hook takes the
 * cached variant instead of compressing again.
 */
export function sendPrepared(request: FastifyRequest, reply: FastifyReply, document: PreparedJson): Buffer {
  void reply.header('Content-Type', 'application/json; charset=utf-8').header('ETag', document.etag);
  usePreparedVariants(request, document);
  return document.body;
}
