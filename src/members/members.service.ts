import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { conflict, errorBody } from '../common/errors';
import { UserEntity } from '../users/user.entity';
import { AddMemberDto, MemberResponseDto } from './dto/member.dto';
import { EventMemberEntity, EventRole } from './event-member.entity';

@Injectable()
export class MembersService {
  constructor(@InjectRepository(EventMemberEntity) private readonly members: Repository<EventMemberEntity>) {}

  async roleOf(eventId: string, userId: string): Promise<EventRole | null> {
    return (await this.members.findOneBy({ eventId, userId }))?.role ?? null;
  }

  /** Event ids the user has a role in (for listing drafts to their organizers). */
  async eventIdsOf(userId: string): Promise<string[]> {
    return (await this.members.findBy({ userId })).map((member) => member.eventId);
  }

  async list(eventId: string): Promise<MemberResponseDto[]> {
    const rows = await this.members.manager
      .createQueryBuilder(EventMemberEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .select(['m.user_id AS "userId"', 'u.email AS "email"', 'u.name AS "name"', 'm.role AS "role"'])
      .where('m.event_id = :eventId', { eventId })
      .orderBy('u.email')
      .getRawMany<MemberResponseDto>();
    return rows;
  }

  async add(eventId: string, dto: AddMemberDto): Promise<MemberResponseDto[]> {
    const user = await this.members.manager.findOneBy(UserEntity, { email: dto.email.trim().toLowerCase() });
    if (!user)
      throw new NotFoundException(errorBody(404, 'no account with this e-mail; an administrator can create one'));
    await this.members.upsert({ eventId, userId: user.id, role: dto.role }, ['eventId', 'userId']);
    return this.list(eventId);
  }

  async setRole(eventId: string, userId: string, role: EventRole): Promise<MemberResponseDto[]> {
    const member = await this.members.findOneBy({ eventId, userId });
    if (!member) throw new NotFoundException(errorBody(404, `member ${userId} not found`));
    if (member.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(eventId, userId);
    await this.members.update({ eventId, userId }, { role });
    return this.list(eventId);
  }

  async remove(eventId: string, userId: string): Promise<void> {
    const member = await this.members.findOneBy({ eventId, userId });
    if (!member) throw new NotFoundException(errorBody(404, `member ${userId} not found`));
    if (member.role === 'owner') await this.assertAnotherOwner(eventId, userId);
    await this.members.delete({ eventId, userId });
  }

  /** The creator of an event becomes its owner, in the creating transaction. */
  async addOwner(manager: EntityManager, eventId: string, userId: string): Promise<void> {
    await manager.insert(EventMemberEntity, { eventId, userId, role: 'owner' });
  }

  private async assertAnotherOwner(eventId: string, userId: string): Promise<void> {
    const owners = await this.members.countBy({ eventId, role: 'owner' });
    if (owners <= 1) throw conflict('last_owner', `user ${userId} is the last owner`);
  }
}
