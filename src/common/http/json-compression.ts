import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';

/** Below this a JSON answer goes out as it is: the headers and the CPU cost more than the bytes saved. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli at quality 4 compresses about as fast as gzip's default level and a little smaller;
 * the higher levels cost tens of times more CPU on every answer.
 */
const BROTLI_QUALITY = 4;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export function compress(body: Buffer | string, coding: ContentCoding): Promise<Buffer> {
  return coding === 'br'
    ? brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
    : gzipAsync(body);
}

/** A body whose compressed variants are kept with it (prepared public documents). */
export interface CompressibleDocument {
  encoded(coding: ContentCoding): Promise<Buffer>;
}

const preparedVariants = new WeakMap<FastifyRequest, CompressibleDocument>();

/** Tells the compression hook to take this document's cached variant instead of compressing again. */
export function usePreparedVariants(request: FastifyRequest, document: CompressibleDocument): void {
  preparedVariants.set(request, document);
}

/**
 * The coding to answer with from an Accept-Encoding header: br before gzip (smaller at the same
 * cost), nothing when the client lists neither (or refuses both with q=0).
 */
export function negotiateCoding(header: string | string[] | undefined): ContentCoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/** The coding a JSON answer of these bytes goes out in, for this request: none below the threshold. */
export function answerCoding(request: FastifyRequest, payload: string | Buffer): ContentCoding | undefined {
  if (Buffer.byteLength(payload) < COMPRESSION_THRESHOLD_BYTES) return undefined;
  return negotiateCoding(request.headers['accept-encoding']);
}

const isJson = (reply: FastifyReply) => String(reply.getHeader('content-type') ?? '').startsWith('application/json');

/**
 * Compresses every JSON answer above the threshold for a client that accepts it. Registered last,
 * so the ETag and the contract check see the JSON itself. Answers that carry a Content-Encoding
 * already (feeds, exports: built and gzipped once per version) pass through untouched.
 */
export function registerJsonCompression(server: FastifyInstance): void {
  server.addHook('onSend', async (request, reply, payload) => {
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload)) || !isJson(reply)) return payload;
    if (reply.getHeader('content-encoding')) return payload;
    void reply.header('Vary', varyWithEncoding(reply.getHeader('vary')));
    const coding = answerCoding(request, payload);
    if (!coding) return payload;
    const prepared = preparedVariants.get(request);
    const body = prepared ? await prepared.encoded(coding) : await compress(payload, coding);
    void reply.header('Content-Encoding', coding).removeHeader('content-length');
    return body;
  });
}

function varyWithEncoding(current: ReturnType<FastifyReply['getHeader']>): string {
  const listed = Array.isArray(current) ? current.join(',') : current === undefined ? '' : `${current}`;
  const values = listed.split(',').map((value) => value.trim());
  if (values.some((value) => value.toLowerCase() === 'accept-encoding' || value === '*')) return values.join(', ');
  return [...values.filter(Boolean), 'Accept-Encoding'].join(', ');
}
