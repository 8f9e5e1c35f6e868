import { EventRole } from '../members/event-member.entity';
import { TokenScope } from '../tokens/api-token.entity';

/** Who is asking: nobody, a signed-in organizer, or an integrator's token (acting for its creator). */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; name: string; email: string; isAdmin: boolean; sessionId: string }
  | {
      kind: 'token';
      userId: string;
      name: string;
      isAdmin: boolean;
      tokenId: string;
      scopes: TokenScope[];
      eventId: string | null;
    };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type Need = 'read' | 'private' | 'write' | 'owner';

/** read: published program; private: drafts, e-mails, conflicts, exports with personal data; write: the program; owner: members. */
export const ROLE_GRANTS: Record<EventRole | 'admin', Need[]> = {
  admin: ['read', 'private', 'write', 'owner'],
  owner: ['read', 'private', 'write', 'owner'],
  editor: ['read', 'private', 'write'],
  viewer: ['read', 'private'],
};

export type AccessOutcome = 'allow' | 401 | 403 | 404;

/**
 * The access rule for one event-scoped request. Drafts are 404 to anyone without a role, so
 * their existence does not leak; a missing login is 401, a role (or token scope) too small 403.
 * A token bound to another event has no role here; a read-only token never writes.
 */
export function decideEventAccess(input: {
  principal: Principal;
  eventId: string;
  need: Need;
  published: boolean;
  role: EventRole | null;
}): AccessOutcome {
  const { principal, eventId, need, published } = input;
  const boundElsewhere = principal.kind === 'token' && principal.eventId !== null && principal.eventId !== eventId;
  const role = principal.kind === 'anonymous' || boundElsewhere ? null : principal.isAdmin ? 'admin' : input.role;
  const readOnlyToken = principal.kind === 'token' && !principal.scopes.includes('write');
  const granted =
    role !== null && ROLE_GRANTS[role].includes(need) && !(readOnlyToken && (need === 'write' || need === 'owner'));
  if (granted || (need === 'read' && published)) return 'allow';
  if (!published && role === null) return 404;
  return principal.kind === 'anonymous' ? 401 : 403;
}
