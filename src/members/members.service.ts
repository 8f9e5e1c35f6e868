import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { conflict, errorBody } from '../common/errors';
import { Clock } from '../common/clock/clock';
import { AuditTrail } from '../audit/audit-trail.service';
import { UnitOfWork } from '../database/unit-of-work';
import { normalizeEmail } from '../users/normalize-email';
import { UserEntity } from '../users/user.entity';
import { AddMemberDto, InvitationResponseDto, MemberResponseDto } from './dto/member.dto';
import { EventInvitationEntity } from './event-invitation.entity';
import { EventMemberEntity, EventRole } from './event-member.entity';

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(EventMemberEntity) private readonly members: Repository<EventMemberEntity>,
    @InjectRepository(EventInvitationEntity) private readonly invitations: Repository<EventInvitationEntity>,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  /** The user's role in the event; an invitation to their e-mail becomes a membership here, at first use. */
  async roleOf(eventId: string, userId: string): Promise<EventRole | null> {
    // one round trip: the user with their membership, or else an invitation to their e-mail
    const row = await this.members.manager
      .createQueryBuilder(UserEntity, 'u')
      .select('u.email', 'email')
      .addSelect('m.role', 'role')
      .addSelect('i.role', 'invited')
      .leftJoin(EventMemberEntity, 'm', 'm.event_id = :eventId AND m.user_id = u.id', { eventId })
      .leftJoin(EventInvitationEntity, 'i', 'i.event_id = :eventId AND i.email = u.email')
      .where('u.id = :userId', { userId })
      .getRawOne<{ email: string; role: EventRole | null; invited: EventRole | null }>();
    if (row?.role) return row.role;
    if (!row?.invited) return null;
    await this.members.upsert({ eventId, userId, role: row.invited }, ['eventId', 'userId']);
    await this.invitations.delete({ eventId, email: row.email });
    return row.invited;
  }

  /** Event ids the user has a role in or is invited to (for listing drafts to their organizers). */
  async eventIdsOf(userId: string): Promise<string[]> {
    const ids = (await this.members.findBy({ userId })).map((member) => member.eventId);
    const user = await this.members.manager.findOneBy(UserEntity, { id: userId });
    const invited = user ? await this.invitations.findBy({ email: user.email }) : [];
    return [...ids, ...invited.map((invitation) => invitation.eventId)];
  }

  /** Invitations not used yet: e-mail and role only. */
  async pending(eventId: string): Promise<InvitationResponseDto[]> {
    const rows = await this.invitations.find({ where: { eventId }, order: { email: 'ASC' } });
    return rows.map(({ email, role }) => ({ email, role }));
  }

  async cancelInvitation(eventId: string, email: string): Promise<void> {
    await this.unitOfWork.transaction(async (manager) => {
      const { affected } = await manager.delete(EventInvitationEntity, { eventId, email: normalizeEmail(email) });
      if (!affected) throw new NotFoundException(errorBody(404, 'no pending invitation for this e-mail'));
      await this.audit.record(manager, { eventId, entityId: null });
    });
  }

  async list(eventId: string, manager = this.members.manager): Promise<MemberResponseDto[]> {
    const rows = await manager
      .createQueryBuilder(EventMemberEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .select(['m.user_id AS "userId"', 'u.email AS "email"', 'u.name AS "name"', 'm.role AS "role"'])
      .where('m.event_id = :eventId', { eventId })
      .orderBy('u.email')
      .getRawMany<MemberResponseDto>();
    return rows;
  }

  /**
   * An e-mail already listed as a member gets the new role; any other is invited, whether or not
   * it has an account: the answer is the same either way (the member list as before).
   */
  async add(eventId: string, dto: AddMemberDto): Promise<MemberResponseDto[]> {
    const email = normalizeEmail(dto.email);
    return this.unitOfWork.transaction(async (manager) => {
      const members = await this.list(eventId, manager);
      const member = members.find((m) => m.email === email);
      if (member) await manager.update(EventMemberEntity, { eventId, userId: member.userId }, { role: dto.role });
      else
        await manager.upsert(EventInvitationEntity, { eventId, email, role: dto.role, createdAt: this.clock.now() }, [
          'eventId',
          'email',
        ]);
      // members' entries carry no field changes (their answers are lists, not one record)
      await this.audit.record(manager, { eventId, entityId: null });
      return member ? this.list(eventId, manager) : members;
    });
  }

  async setRole(eventId: string, userId: string, role: EventRole): Promise<MemberResponseDto[]> {
    return this.unitOfWork.transaction(async (manager) => {
      const member = await manager.findOneBy(EventMemberEntity, { eventId, userId });
      if (!member) throw new NotFoundException(errorBody(404, `member ${userId} not found`));
      if (member.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(manager, eventId, userId);
      await manager.update(EventMemberEntity, { eventId, userId }, { role });
      await this.audit.record(manager, { eventId, entityId: userId });
      return this.list(eventId, manager);
    });
  }

  async remove(eventId: string, userId: string): Promise<void> {
    await this.unitOfWork.transaction(async (manager) => {
      const member = await manager.findOneBy(EventMemberEntity, { eventId, userId });
      if (!member) throw new NotFoundException(errorBody(404, `member ${userId} not found`));
      if (member.role === 'owner') await this.assertAnotherOwner(manager, eventId, userId);
      await manager.delete(EventMemberEntity, { eventId, userId });
      await this.audit.record(manager, { eventId, entityId: userId });
    });
  }

  /** The creator of an event becomes its owner, in the creating transaction. */
  async addOwner(manager: EntityManager, eventId: string, userId: string): Promise<void> {
    await manager.insert(EventMemberEntity, { eventId, userId, role: 'owner' });
  }

  private async assertAnotherOwner(manager: EntityManager, eventId: string, userId: string): Promise<void> {
    const owners = await manager.countBy(EventMemberEntity, { eventId, role: 'owner' });
    if (owners <= 1) throw conflict('last_owner', `user ${userId} is the last owner`);
  }
}
