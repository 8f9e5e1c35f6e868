import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ProgramReader, ProgramRecords } from '../program-read/program-reader.service';
import { Exchange, HttpExchange, ReadFrom, ReadSource } from '../program-read/read-source.decorator';
import { CreateTrackDto } from './dto/create-track.dto';
import { TrackResponseDto } from './dto/track-response.dto';
import { UpdateTrackDto } from './dto/update-track.dto';
import { TracksService } from './tracks.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('tracks')
@EventAccess('write')
@Controller('events/:eventId/tracks')
export class TracksController {
  private readonly reads: ProgramRecords<TrackResponseDto>;

  constructor(
    private readonly service: TracksService,
    reader: ProgramReader,
  ) {
    this.reads = reader.records(service, (program) => program.tracks, 'track');
  }

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listTracks', summary: 'List tracks', type: [TrackResponseDto] })
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<TrackResponseDto[] | Buffer> {
    return this.reads.list(source, exchange, eventId);
  }

  @Post()
  @ApiDoc({ id: 'createTrack', summary: 'Create a track' })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateTrackDto): Promise<TrackResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getTrack', summary: 'Get a track', type: TrackResponseDto })
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<TrackResponseDto | Buffer> {
    return this.reads.get(source, exchange, eventId, id);
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
