import type { AccessPolicy } from '../auth/access.decorators';
import type { SecurityJson } from './openapi-json';

/** Private to the document builder: each handler's access policy, removed from the served document. */
export const ACCESS_EXTENSION = 'x-agenda-access';

/** The credentials an operation takes; an empty requirement first when it may be called without any. */
export function securityOf(policy: AccessPolicy): SecurityJson[] {
  const credentials: SecurityJson[] =
    policy.kind === 'signed-in' && policy.cookieOnly ? [{ cookie: [] }] : [{ bearer: [] }, { cookie: [] }];
  const optional = policy.kind === 'public' || (policy.kind === 'event' && policy.need === 'read');
  return optional ? [{}, ...credentials] : credentials;
}

/** Who may call the operation, in words for its description. */
export function accessWords(policy: AccessPolicy): string {
  if (policy.kind === 'event') {
    return policy.need === 'read'
      ? 'Access: anyone for a published event; its organizers (members) for a draft.'
      : `Access: the event's members with the \`${policy.need}\` right.`;
  }
  if (policy.kind !== 'signed-in') return '';
  if (policy.admin) return 'Access: administrators.';
  if (policy.cookieOnly) return 'Access: a signed-in person (session cookie), not a token.';
  return policy.write ? 'Access: signed in, with a write token when using a token.' : 'Access: signed in.';
}
