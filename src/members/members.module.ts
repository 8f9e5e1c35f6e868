import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventInvitationEntity } from './event-invitation.entity';
import { EventMemberEntity } from './event-member.entity';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

/** Who organizes an event and in which role (owner, editor, viewer), and invitations by e-mail. */
@Module({
  imports: [TypeOrmModule.forFeature([EventMemberEntity, EventInvitationEntity])],
  controllers: [MembersController],
  providers: [MembersService],
  exports: [MembersService],
})
export class MembersModule {}
