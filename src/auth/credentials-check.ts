import { FastifyRequest } from 'fastify';
import { TokensService } from '../tokens/tokens.service';
import { LoginSessionsService } from './login-sessions.service';
import { readSessionCookie } from './session-cookie';

/**
 * Whether the request carries a valid API token or login session, asked before its body is read
 * (the access guard decides what the caller may do later; this only unlocks the import body limit).
 */
export function credentialsCheck(tokens: TokensService, sessions: LoginSessionsService) {
  return async (request: FastifyRequest): Promise<boolean> => {
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) return (await tokens.resolve(bearer)) !== undefined;
    const secret = readSessionCookie(request);
    return secret ? (await sessions.resolve(secret)) !== undefined : false;
  };
}
