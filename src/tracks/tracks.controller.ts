import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publishedItem } from '../versions/published-reads';
import { VersionsService } from '../versions/versions.service';
import { CreateTrackDto } from './dto/create-track.dto';
import { TrackResponseDto } from './dto/track-response.dto';
import { UpdateTrackDto } from './dto/update-track.dto';
import { TracksService } from './tracks.service';

@ApiTags('tracks')
@EventAccess('write')
@Controller('events/:eventId/tracks')
export class TracksController {
  constructor(
    private readonly service: TracksService,
    private readonly versions: VersionsService,
  ) {}

  @Get()
  @EventAccess('read')
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CanSeePrivate() organizer: boolean,
  ): Promise<TrackResponseDto[]> {
    return organizer ? this.service.list(eventId) : (await this.versions.publicProgram(eventId)).tracks;
  }

  @Post()
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateTrackDto): Promise<TrackResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
  ): Promise<TrackResponseDto> {
    return organizer
      ? this.service.get(eventId, id)
      : publishedItem((await this.versions.publicProgram(eventId)).tracks, id, 'track');
  }

  @Patch(':id')
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
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeleteQueryDto,
  ): Promise<void> {
    return this.service.remove(eventId, id, query.detach ?? false);
  }
}
