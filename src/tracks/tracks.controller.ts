import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publishedItem } from '../versions/published-reads';
import { PublishedDocuments } from '../versions/published-documents.service';
import { CreateTrackDto } from './dto/create-track.dto';
import { TrackResponseDto } from './dto/track-response.dto';
import { UpdateTrackDto } from './dto/update-track.dto';
import { TracksService } from './tracks.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('tracks')
@EventAccess('write')
@Controller('events/:eventId/tracks')
export class TracksController {
  constructor(
    private readonly service: TracksService,
    private readonly published: PublishedDocuments,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listTracks', summary: 'List tracks', type: [TrackResponseDto] })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TrackResponseDto[] | Buffer> {
    if (organizer) return this.service.list(eventId);
    return this.published.send(request, reply, eventId, 'tracks', (program) => program.tracks);
  }

  @Post()
  @ApiDoc({ id: 'createTrack', summary: 'Create a track' })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateTrackDto): Promise<TrackResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getTrack', summary: 'Get a track', type: TrackResponseDto })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TrackResponseDto | Buffer> {
    if (organizer) return this.service.get(eventId, id);
    return this.published.send(request, reply, eventId, `track:${id}`, (program) =>
      publishedItem(program.tracks, id, 'track'),
    );
  }

  @Patch(':id')
  @ApiDoc({ id: 'updateTrack', summary: 'Update a track', ifMatch: true })
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateTrackDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<TrackResponseDto> {
    return this.service.update(eventId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({
    id: 'deleteTrack',
    summary: 'Delete a track',
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
