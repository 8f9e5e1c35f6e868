import { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'agenda_session';

/** Our one cookie: a base64url secret, so no decoding or quoting is needed. */
export function readSessionCookie(request: FastifyRequest): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

/** HttpOnly, SameSite=Lax, Path=/, Secure unless turned off for plain-http development (ASVS 3.4). */
export function setSessionCookie(reply: FastifyReply, secret: string, config: AppConfig): void {
  void reply.header('Set-Cookie', serialize(secret, config.auth.sessionAbsoluteHours * 3600, config));
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.header('Set-Cookie', serialize('', 0, config));
}

function serialize(value: string, maxAgeSeconds: number, config: AppConfig): string {
  const attributes = [`${SESSION_COOKIE}=${value}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (config.auth.cookieSecure) attributes.push('Secure');
  return attributes.join('; ');
}
