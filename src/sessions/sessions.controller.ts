import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publicSession, publishedItem, publishedSessionsPage } from '../versions/published-reads';
import { ProgramReader } from '../program-read/program-reader.service';
import { Exchange, HttpExchange, ReadFrom, ReadSource } from '../program-read/read-source.decorator';
import { queryKey } from '../program-read/published-documents.service';
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
    private readonly reader: ProgramReader,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({
    id: 'listSessions',
    summary: 'List sessions',
    description: 'Filter by day, track, room, speaker, type, status and text; paged.',
    type: SessionPageDto,
  })
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ListSessionsQueryDto,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<SessionPageDto | Buffer> {
    return this.reader.answer(
      source,
      exchange,
      eventId,
      `sessions${queryKey(query)}`,
      () => this.service.list(eventId, query),
      (program) => publishedSessionsPage(program, query),
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
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<SessionResponseDto | Buffer> {
    return this.reader.answer(
      source,
      exchange,
      eventId,
      `session:${id}`,
      () => this.service.get(eventId, id),
      (program) => publicSession(publishedItem(program.sessions, id, 'session')),
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
