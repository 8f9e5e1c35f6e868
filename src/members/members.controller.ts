import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AddMemberDto, InvitationResponseDto, MemberResponseDto, UpdateMemberDto } from './dto/member.dto';
import { MembersService } from './members.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('members')
@Controller('events/:eventId/members')
@EventAccess('owner')
export class MembersController {
  constructor(private readonly service: MembersService) {}

  @Get()
  @ApiDoc({ id: 'listMembers', summary: "List the event's organizers" })
  list(@Param('eventId', ParseIdPipe) eventId: string): Promise<MemberResponseDto[]> {
    return this.service.list(eventId);
  }

  @Get('invitations')
  @ApiDoc({
    id: 'listInvitations',
    summary: 'List pending invitations',
    description: 'Invitations whose e-mail no account has used yet (the name shows once the person uses the event).',
  })
  invitations(@Param('eventId', ParseIdPipe) eventId: string): Promise<InvitationResponseDto[]> {
    return this.service.pending(eventId);
  }

  @Delete('invitations/:email')
  @HttpCode(204)
  @ApiDoc({ id: 'cancelInvitation', summary: 'Cancel a pending invitation', errors: [404] })
  cancelInvitation(@Param('eventId', ParseIdPipe) eventId: string, @Param('email') email: string): Promise<void> {
    return this.service.cancelInvitation(eventId, email);
  }

  /** Invites an e-mail (or changes a listed member's role); the answer does not tell whether the e-mail has an account. */
  @Post()
  @ApiDoc({ id: 'addMember', summary: 'Add an organizer to the event', errors: [409] })
  add(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: AddMemberDto): Promise<MemberResponseDto[]> {
    return this.service.add(eventId, dto);
  }

  @Patch(':userId')
  @ApiDoc({ id: 'setMemberRole', summary: "Change an organizer's role", errors: [409] })
  setRole(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('userId', ParseIdPipe) userId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberResponseDto[]> {
    return this.service.setRole(eventId, userId, dto.role);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiDoc({
    id: 'removeMember',
    summary: 'Remove an organizer from the event',
    description: 'The last owner cannot be removed (409 `last_owner`).',
    errors: [409],
  })
  remove(@Param('eventId', ParseIdPipe) eventId: string, @Param('userId', ParseIdPipe) userId: string): Promise<void> {
    return this.service.remove(eventId, userId);
  }
}
