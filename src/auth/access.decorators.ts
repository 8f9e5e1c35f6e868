import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { ANONYMOUS, Need, Principal } from './principal';

export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'event'; need: Need }
  | { kind: 'signed-in'; write?: boolean; cookieOnly?: boolean; admin?: boolean };

export const ACCESS_POLICY = 'access-policy';

/** Anyone, signed in or not (published reads, feeds, personal agendas, login). */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Requests about one event (`:eventId`), by what they need of it. */
export const EventAccess = (need: Need) => SetMetadata(ACCESS_POLICY, { kind: 'event', need } satisfies AccessPolicy);

/** Any signed-in organizer or token; `write` needs a write token, `cookieOnly` a person, `admin` an admin. */
export const SignedIn = (options: Omit<AccessPolicy & { kind: 'signed-in' }, 'kind'> = {}) =>
  SetMetadata(ACCESS_POLICY, { kind: 'signed-in', ...options } satisfies AccessPolicy);

export interface AuthenticatedRequest extends FastifyRequest {
  principal?: Principal;
  /** Set on event routes: the caller may see drafts and private fields (speaker e-mails); `@ReadFrom()` reads it. */
  canSeePrivate?: boolean;
  /** Set on event routes: the event's latest published version number (null before the first publish). */
  publishedVersion?: number | null;
  /** Set on event routes: the event's program_version as the access check read it. */
  programVersion?: number;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal ?? ANONYMOUS,
);
