import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AddMemberDto, MemberResponseDto, UpdateMemberDto } from './dto/member.dto';
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
