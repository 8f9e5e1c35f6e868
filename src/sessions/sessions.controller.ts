import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreateSessionDto } from './dto/create-session.dto';
import { ListSessionsQueryDto } from './dto/list-sessions.query.dto';
import { SessionPageDto, SessionResponseDto } from './dto/session-response.dto';
import { UpdateSessionDto } from './dto/update-session.dto';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@EventAccess('write')
@Controller('events/:eventId/sessions')
export class SessionsController {
  constructor(private readonly service: SessionsService) {}

  @Get()
  @EventAccess('read')
  list(@Param('eventId', ParseIdPipe) eventId: string, @Query() query: ListSessionsQueryDto): Promise<SessionPageDto> {
    return this.service.list(eventId, query);
  }

  @Post()
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateSessionDto): Promise<SessionResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  get(@Param('eventId', ParseIdPipe) eventId: string, @Param('id', ParseIdPipe) id: string): Promise<SessionResponseDto> {
    return this.service.get(eventId, id);
  }

  @Patch(':id')
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateSessionDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<SessionResponseDto> {
    return this.service.update(eventId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<void> {
    return this.service.remove(eventId, id, ifMatch);
  }
}
