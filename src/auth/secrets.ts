import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the CSPRNG, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored and looked up only by their SHA-256. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
