import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { errorBody } from '../errors';

/** Parses `If-Match: "3"` (or W/"3", or 3) into the version number the client last saw. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new BadRequestException(errorBody(400, 'If-Match must be a version in quotes, e.g. "3"'));
  return Number(match[1]);
}

export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'] as string | undefined),
);

/** The version a write must match: If-Match and a body `version` must agree when both are sent. */
export function expectedVersion(ifMatch: number | undefined, bodyVersion: number | undefined): number | undefined {
  if (ifMatch !== undefined && bodyVersion !== undefined && ifMatch !== bodyVersion) {
    throw new BadRequestException(errorBody(400, 'If-Match and body version disagree'));
  }
  return ifMatch ?? bodyVersion;
}
