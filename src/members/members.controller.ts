import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AddMemberDto, InvitationResponseDto, MemberResponseDto, UpdateMemberDto } from './dto/member.dto';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('events/:eventId/members')
@EventAccess('owner')
export class MembersController {
  constructor(private readonly service: MembersService) {}

  @Get()
  list(@Param('eventId', ParseIdPipe) eventId: string): Promise<MemberResponseDto[]> {
    return this.service.list(eventId);
  }

  /** Invitations whose e-mail no account has used yet (the name shows once the person uses the event). */
  @Get('invitations')
  invitations(@Param('eventId', ParseIdPipe) eventId: string): Promise<InvitationResponseDto[]> {
    return this.service.pending(eventId);
  }

  @Delete('invitations/:email')
  @HttpCode(204)
  cancelInvitation(@Param('eventId', ParseIdPipe) eventId: string, @Param('email') email: string): Promise<void> {
    return this.service.cancelInvitation(eventId, email);
  }

  /** Invites an e-mail (or changes a listed member's role); the answer does not tell whether the e-mail has an account. */
  @Post()
  add(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: AddMemberDto): Promise<MemberResponseDto[]> {
    return this.service.add(eventId, dto);
  }

  @Patch(':userId')
  setRole(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('userId', ParseIdPipe) userId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberResponseDto[]> {
    return this.service.setRole(eventId, userId, dto.role);
  }

  @Delete(':userId')
  @HttpCode(204)
  remove(@Param('eventId', ParseIdPipe) eventId: string, @Param('userId', ParseIdPipe) userId: string): Promise<void> {
    return this.service.remove(eventId, userId);
  }
}
