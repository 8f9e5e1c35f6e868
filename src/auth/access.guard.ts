import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { errorBody } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventLookup, eventKeyOf } from './event-lookup';
import { MembersService } from '../members/members.service';
import { TokensService } from '../tokens/tokens.service';
import { ACCESS_POLICY, AccessPolicy, AuthenticatedRequest } from './access.decorators';
import { LoginSessionsService } from './login-sessions.service';
import { ANONYMOUS, decideEventAccess, Principal } from './principal';
import { readSessionCookie } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request passes here: who is asking (Bearer token or session cookie), whether a
 * cookie-authenticated write comes from an allowed origin (CSRF), and the route's access policy.
 * Routes without a policy need a signed-in caller (deny by default, ASVS 4.1.5).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly sessions: LoginSessionsService,
    private readonly tokens: TokensService,
    private readonly members: MembersService,
  ) {
    this.lookup = new EventLookup(dataSource);
  }

  private readonly lookup: EventLookup;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const policy = this.reflector.getAllAndOverride<AccessPolicy>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]) ?? { kind: 'signed-in' };
    const principal = await this.identify(request);
    request.principal = principal;
    if (principal.kind === 'user' && !SAFE_METHODS.has(request.method)) this.assertSameOrigin(request);
    switch (policy.kind) {
      case 'public':
        return true;
      case 'signed-in':
        return this.checkSignedIn(principal, policy);
      case 'event':
        return this.checkEvent(request, principal, policy.need);
    }
  }

  private async identify(request: AuthenticatedRequest): Promise<Principal> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const token = /^Bearer (\S+)$/i.exec(authorization)?.[1];
      const found = token ? await this.tokens.resolveWithOwner(token) : undefined;
      if (!found) throw new UnauthorizedException(errorBody(401, 'the bearer token is invalid, expired or revoked'));
      const { token: entity, owner: user } = found;
      return {
        kind: 'token',
        userId: user.id,
        name: entity.name,
        isAdmin: user.isAdmin,
        tokenId: entity.id,
        scopes: entity.scopes,
        eventId: entity.eventId,
      };
    }
    const secret = readSessionCookie(request);
    const found = secret ? await this.sessions.resolveWithOwner(secret) : undefined;
    if (!found) return ANONYMOUS;
    const { session, owner: user } = found;
    return {
      kind: 'user',
      userId: user.id,
      name: user.name,
      email: user.email,
      isAdmin: user.isAdmin,
      sessionId: session.id,
    };
  }

  /** Cookies ride along on cross-site requests; writes must come from our own pages or a CORS origin. */
  private assertSameOrigin(request: AuthenticatedRequest): void {
    const origin = request.headers.origin ?? originOf(request.headers.referer);
    const own = `${request.protocol}://${request.headers.host}`;
    const allowed = [own, new URL(this.config.publicBaseUrl).origin, ...this.config.corsOrigins];
    if (!origin || !allowed.includes(origin)) {
      throw new ForbiddenException(
        errorBody(403, 'cross-site request refused: cookie-authenticated writes need an Origin header of this site'),
      );
    }
  }

  private checkSignedIn(principal: Principal, policy: AccessPolicy & { kind: 'signed-in' }): boolean {
    if (principal.kind === 'anonymous') throw new UnauthorizedException(errorBody(401, 'sign in or send an API token'));
    if (policy.cookieOnly && principal.kind !== 'user')
      throw new ForbiddenException(errorBody(403, 'this needs a signed-in person, not a token'));
    if (policy.admin && !principal.isAdmin) throw new ForbiddenException(errorBody(403, 'administrators only'));
    if (policy.write && principal.kind === 'token' && (!principal.scopes.includes('write') || principal.eventId)) {
      throw new ForbiddenException(errorBody(403, 'this needs a write token not bound to one event'));
    }
    return true;
  }

  private async checkEvent(
    request: AuthenticatedRequest,
    principal: Principal,
    need: 'read' | 'private' | 'write' | 'owner',
  ): Promise<boolean> {
    const params = request.params as Record<string, string>;
    const given = String(params.eventId ?? '');
    // Reads also find an event by its slug; the handler then sees the id, as if it had been sent.
    const key = eventKeyOf(given, SAFE_METHODS.has(request.method));
    if (!key) throw new HttpException(errorBody(400, "eventId must be a UUID (or, for reads, the event's slug)"), 400);
    const event = await this.lookup.find(key.by, key.value);
    if (!event) throw new NotFoundException(errorBody(404, `event ${given} not found`));
    const eventId = event.id;
    if (key.by === 'slug') params.eventId = eventId;
    request.publishedVersion = event.publishedVersion;
    request.programVersion = event.programVersion;
    const role = principal.kind === 'anonymous' ? null : await this.members.roleOf(eventId, principal.userId);
    const outcome = decideEventAccess({ principal, eventId, need, published: event.status === 'published', role });
    request.canSeePrivate =
      decideEventAccess({ principal, eventId, need: 'private', published: false, role }) === 'allow';
    if (outcome === 'allow') return true;
    if (outcome === 404) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    if (outcome === 401) throw new UnauthorizedException(errorBody(401, 'sign in or send an API token'));
    throw new ForbiddenException(
      errorBody(
        403,
        `this needs the ${need === 'owner' ? 'owner' : need === 'write' ? 'editor' : 'viewer'} role on this event`,
      ),
    );
  }
}

function originOf(referer: string | undefined): string | undefined {
  try {
    return referer ? new URL(referer).origin : undefined;
  } catch {
    return undefined;
  }
}
