import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits from the CSPRNG, URL-safe: 43 characters. */
export function newAgendaToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAgendaToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeAgendaToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
