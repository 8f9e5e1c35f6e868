import { lookup } from 'node:dns/promises';
import { request as httpRequest, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { classifyAddress } from './address-policy';

export interface PostResult {
  /** HTTP status, when the receiver answered at all. */
  status?: number;
  /** Why the attempt failed (network error, timeout, refused address, non-2xx status). */
  error?: string;
  durationMs: number;
}

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivate: boolean;
  signal?: AbortSignal;
}

/**
 * Resolves a host and refuses it when any of its addresses is not global unicast. A refusal of a
 * host name says neither what it resolved to nor whether it resolved at all: otherwise the webhook
 * form would be a way to read the internal DNS. An address typed as the host is named, with its kind.
 */
export async function resolveTarget(
  hostname: string,
  allowPrivate: boolean,
): Promise<{ address: string; family: number }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const kind = classifyAddress(host);
    if (!allowPrivate && kind !== 'public')
      throw new Error(`${host} is a ${kind} address; set WEBHOOKS_ALLOW_PRIVATE=true to allow it`);
    return { address: host, family: isIP(host) };
  }
  const refused = () =>
    new Error(
      `${host} does not resolve to public addresses only; set WEBHOOKS_ALLOW_PRIVATE=true to allow private ones`,
    );
  const addresses = await lookup(host, { all: true, verbatim: true }).catch(() => []);
  if (!addresses.length) throw refused();
  if (!allowPrivate && addresses.some(({ address }) => classifyAddress(address) !== 'public')) throw refused();
  return addresses[0];
}

/**
 * POSTs one body. The host is resolved and checked here and the connection is pinned to that
 * address (a custom lookup), so DNS cannot hand the socket a private address after the check.
 * Redirects are not followed; only 2xx counts as delivered.
 */
export async function postJson(url: string, body: string, options: PostOptions): Promise<PostResult> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const target = new URL(url);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  let pinned: { address: string; family: number };
  try {
    pinned = await resolveTarget(target.hostname, options.allowPrivate);
  } catch (error) {
    return { error: (error as Error).message, durationMs: elapsed() };
  }
  const pinnedLookup = ((_host: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (lookupOptions?.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
  const requestOptions: RequestOptions = {
    method: 'POST',
    headers: { ...options.headers, 'Content-Length': String(Buffer.byteLength(body)) },
    lookup: pinnedLookup,
    agent: false,
    signal,
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostResult>((resolve) => {
    const req = send(target, requestOptions, (res) => {
      res.resume(); // the response body is not kept; draining it lets the socket close
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      resolve({
        status,
        durationMs: elapsed(),
        ...(!ok && { error: `receiver answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}` }),
      });
      res.on('error', () => undefined);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const message = deadline.aborted
        ? `timed out after ${options.timeoutMs} ms`
        : signal.aborted
          ? 'aborted: the app is shutting down'
          : error.message;
      resolve({ error: message || error.code || String(error), durationMs: elapsed() });
    });
    req.end(body);
  });
}
