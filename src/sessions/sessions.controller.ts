import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publicSession, publishedItem, publishedSessionsPage } from '../versions/published-reads';
import { VersionsService } from '../versions/versions.service';
import { CreateSessionDto } from './dto/create-session.dto';
import { ListSessionsQueryDto } from './dto/list-sessions.query.dto';
import { SessionPageDto, SessionResponseDto } from './dto/session-response.dto';
import { UpdateSessionDto } from './dto/update-session.dto';
import { SessionsService } from './sessions.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('sessions')
@EventAccess('write')
@Controller('events/:eventId/sessions')
export class SessionsController {
  constructor(
    private readonly service: SessionsService,
    private readonly versions: VersionsService,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({
    id: 'listSessions',
    summary: 'List sessions',
    description: 'Filter by day, track, room, speaker, type, status and text; paged.',
  })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ListSessionsQueryDto,
    @CanSeePrivate() organizer: boolean,
  ): Promise<SessionPageDto> {
    return organizer
      ? this.service.list(eventId, query)
      : publishedSessionsPage(await this.versions.publicProgram(eventId), query);
  }

  @Post()
  @ApiDoc({
    id: 'createSession',
    summary: 'Create a session',
    description:
      "A scheduled session that clashes with another in its room or with one of its speakers is refused (409 `schedule_conflict` with each conflict's `code`); soft conflicts come back as `warnings`.",
    errors: [409],
  })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateSessionDto): Promise<SessionResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getSession', summary: 'Get a session' })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
  ): Promise<SessionResponseDto> {
    if (organizer) return this.service.get(eventId, id);
    return publicSession(publishedItem((await this.versions.publicProgram(eventId)).sessions, id, 'session'));
  }

  @Patch(':id')
  @ApiDoc({
    id: 'updateSession',
    summary: 'Update a session',
    description: 'Moves and edits; hard conflicts are refused as on create.',
    errors: [409],
    ifMatch: true,
  })
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
  @ApiDoc({ id: 'deleteSession', summary: 'Delete a session', ifMatch: true })
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<void> {
    return this.service.remove(eventId, id, ifMatch);
  }
}
