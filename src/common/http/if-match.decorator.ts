import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { errorBody } from '../errors';

/**
 * Parses `If-Match: "3"` (or 3) into the version number the client last saw. If-Match compares
 * strongly (RFC 9110 13.1.1), so a weak validator (W/"3") is refused.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  if (/^\s*W\//.test(header))
    throw new BadRequestException(errorBody(400, 'If-Match compares strongly: send "3", not the weak W/"3"'));
  const match = /^\s*"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new BadRequestException(errorBody(400, 'If-Match must be a version in quotes, e.g. "3"'));
  return Number(match[1]);
}

export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** The version a write must match: If-Match and a body `version` must agree when both are sent. */
export function expectedVersion(ifMatch: number | undefined, bodyVersion: number | undefined): number | undefined {
  if (ifMatch !== undefined && bodyVersion !== undefined && ifMatch !== bodyVersion) {
    throw new BadRequestException(errorBody(400, 'If-Match and body version disagree'));
  }
  return ifMatch ?? bodyVersion;
}
