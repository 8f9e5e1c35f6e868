import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AuditTrail } from '../audit/audit-trail.service';
import { UnitOfWork } from '../database/unit-of-work';
import { hashSecret, newSecret } from '../auth/secrets';
import { errorBody } from '../common/errors';
import { EventEntity } from '../events/event.entity';
import { MembersService } from '../members/members.service';
import { parseInstant } from '../time/instants';
import { UserEntity } from '../users/user.entity';
import { ApiTokenEntity } from './api-token.entity';
import { CreatedTokenResponseDto, CreateTokenDto, TokenResponseDto } from './dto/token.dto';

const TOUCH_EVERY_MS = 60_000;
const TOKEN_FORMAT = /^ap_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/;

@Injectable()
export class TokensService {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    private readonly members: MembersService,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  /** Format `ap_<prefix>_<secret>`; a token bound to an event needs a role there (editor for write). */
  async create(user: { userId: string; isAdmin: boolean }, dto: CreateTokenDto): Promise<CreatedTokenResponseDto> {
    const eventId = dto.eventId?.toLowerCase();
    // Also for administrators: an unknown event would otherwise fail the foreign key (a 500).
    if (eventId && user.isAdmin && !(await this.tokens.manager.exists(EventEntity, { where: { id: eventId } }))) {
      throw new NotFoundException(errorBody(404, `event ${dto.eventId} not found`));
    }
    if (eventId && !user.isAdmin) {
      const role = await this.members.roleOf(eventId, user.userId);
      if (!role) throw new NotFoundException(errorBody(404, `event ${dto.eventId} not found`));
      if (dto.scopes.includes('write') && role === 'viewer')
        throw new ForbiddenException(errorBody(403, 'a viewer cannot create write tokens'));
    }
    const prefix = randomBytes(6).toString('base64url');
    const token = `ap_${prefix}_${newSecret()}`;
    const entity = this.tokens.create({
      id: randomUUID(),
      name: dto.name,
      prefix,
      secretHash: hashSecret(token),
      scopes: dto.scopes,
      eventId: eventId ?? null,
      userId: user.userId,
      createdAt: this.clock.now(),
      expiresAt: dto.expiresAt ? parseInstant(dto.expiresAt) : null,
      lastUsedAt: null,
    });
    await this.unitOfWork.transaction(async (manager) => {
      await manager.insert(ApiTokenEntity, entity);
      await this.audit.record(manager, { eventId: null, entityId: entity.id });
    });
    return { ...mapToken(entity), token };
  }

  async list(userId: string): Promise<TokenResponseDto[]> {
    return (await this.tokens.find({ where: { userId }, order: { createdAt: 'DESC' } })).map(mapToken);
  }

  async revoke(user: { userId: string; isAdmin: boolean }, id: string): Promise<void> {
    await this.unitOfWork.transaction(async (manager) => {
      const result = await manager.delete(ApiTokenEntity, user.isAdmin ? { id } : { id, userId: user.userId });
      if (!result.affected) throw new NotFoundException(errorBody(404, `token ${id} not found`));
      await this.audit.record(manager, { eventId: null, entityId: id });
    });
  }

  /** The live token behind a Bearer secret; records when it was last used. */
  async resolve(secret: string): Promise<ApiTokenEntity | undefined> {
    if (!TOKEN_FORMAT.test(secret)) return undefined;
    const token = await this.tokens.findOneBy({ secretHash: hashSecret(secret) });
    return token && (await this.touched(token)) ? token : undefined;
  }

  /** `resolve` with the token's owner, read in the same query (the access guard needs both). */
  async resolveWithOwner(secret: string): Promise<{ token: ApiTokenEntity; owner: UserEntity } | undefined> {
    if (!TOKEN_FORMAT.test(secret)) return undefined;
    const token = (await this.tokens
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.owner', UserEntity, 'owner', 'owner.id = t.user_id')
      .where('t.secret_hash = :hash', { hash: hashSecret(secret) })
      .getOne()) as (ApiTokenEntity & { owner: UserEntity }) | null;
    if (!token || !(await this.touched(token))) return undefined;
    const { owner, ...rest } = token;
    return { token: Object.assign(new ApiTokenEntity(), rest), owner };
  }

  /** False for an expired token; records the use now and then. */
  private async touched(token: ApiTokenEntity): Promise<boolean> {
    const now = this.clock.now();
    if (token.expiresAt && token.expiresAt <= now) return false;
    if (!token.lastUsedAt || +now - +token.lastUsedAt > TOUCH_EVERY_MS)
      await this.tokens.update({ id: token.id }, { lastUsedAt: now });
    return true;
  }
}

function mapToken(token: ApiTokenEntity): TokenResponseDto {
  return {
    id: token.id,
    name: token.name,
    prefix: `ap_${token.prefix}`,
    scopes: token.scopes,
    ...(token.eventId && { eventId: token.eventId }),
    createdAt: token.createdAt.toISOString(),
    ...(token.expiresAt && { expiresAt: token.expiresAt.toISOString() }),
    ...(token.lastUsedAt && { lastUsedAt: token.lastUsedAt.toISOString() }),
  };
}
