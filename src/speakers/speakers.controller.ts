import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publishedItem } from '../versions/published-reads';
import { PublishedDocuments, queryKey } from '../versions/published-documents.service';
import { CreateSpeakerDto } from './dto/create-speaker.dto';
import { SpeakerPageDto, SpeakerResponseDto } from './dto/speaker-response.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { SpeakersService } from './speakers.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { pageOf, PaginationQueryDto } from '../common/dto/pagination.dto';

@ApiTags('speakers')
@EventAccess('write')
@Controller('events/:eventId/speakers')
export class SpeakersController {
  constructor(
    private readonly service: SpeakersService,
    private readonly published: PublishedDocuments,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listSpeakers', summary: 'List speakers', type: SpeakerPageDto })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CanSeePrivate() organizer: boolean,
    @Query() query: PaginationQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SpeakerPageDto | Buffer> {
    if (organizer) return pageOf(await this.service.list(eventId), query);
    return this.published.send(request, reply, eventId, `speakers${queryKey(query)}`, (program) =>
      pageOf(program.speakers, query),
    );
  }

  @Post()
  @ApiDoc({ id: 'createSpeaker', summary: 'Create a speaker' })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateSpeakerDto): Promise<SpeakerResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getSpeaker', summary: 'Get a speaker', type: SpeakerResponseDto })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SpeakerResponseDto | Buffer> {
    if (organizer) return this.service.get(eventId, id);
    return this.published.send(request, reply, eventId, `speaker:${id}`, (program) =>
      publishedItem(program.speakers, id, 'speaker'),
    );
  }

  @Patch(':id')
  @ApiDoc({ id: 'updateSpeaker', summary: 'Update a speaker', ifMatch: true })
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateSpeakerDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<SpeakerResponseDto> {
    return this.service.update(eventId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({
    id: 'deleteSpeaker',
    summary: 'Delete a speaker',
    description: 'Refused while sessions use it (409 `in_use`) unless `?detach=true`.',
    errors: [409],
  })
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeleteQueryDto,
  ): Promise<void> {
    return this.service.remove(eventId, id, query.detach ?? false);
  }
}
