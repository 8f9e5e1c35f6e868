import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publicSession, publishedItem, publishedSessionsPage } from '../versions/published-reads';
import { PublishedDocuments, queryKey } from '../versions/published-documents.service';
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
    private readonly published: PublishedDocuments,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({
    id: 'listSessions',
    summary: 'List sessions',
    description: 'Filter by day, track, room, speaker, type, status and text; paged.',
    type: SessionPageDto,
  })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ListSessionsQueryDto,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionPageDto | Buffer> {
    if (organizer) return this.service.list(eventId, query);
    return this.published.send(request, reply, eventId, `sessions${queryKey(query)}`, (program) =>
      publishedSessionsPage(program, query),
    );
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
  @ApiDoc({ id: 'getSession', summary: 'Get a session', type: SessionResponseDto })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto | Buffer> {
    if (organizer) return this.service.get(eventId, id);
    return this.published.send(request, reply, eventId, `session:${id}`, (program) =>
      publicSession(publishedItem(program.sessions, id, 'session')),
    );
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
