import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publishedItem } from '../versions/published-reads';
import { VersionsService } from '../versions/versions.service';
import { CreateSpeakerDto } from './dto/create-speaker.dto';
import { SpeakerResponseDto } from './dto/speaker-response.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@EventAccess('write')
@Controller('events/:eventId/speakers')
export class SpeakersController {
  constructor(
    private readonly service: SpeakersService,
    private readonly versions: VersionsService,
  ) {}

  @Get()
  @EventAccess('read')
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CanSeePrivate() organizer: boolean,
  ): Promise<SpeakerResponseDto[]> {
    return organizer ? this.service.list(eventId) : (await this.versions.publicProgram(eventId)).speakers;
  }

  @Post()
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateSpeakerDto): Promise<SpeakerResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
  ): Promise<SpeakerResponseDto> {
    return organizer
      ? this.service.get(eventId, id)
      : publishedItem((await this.versions.publicProgram(eventId)).speakers, id, 'speaker');
  }

  @Patch(':id')
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
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeleteQueryDto,
  ): Promise<void> {
    return this.service.remove(eventId, id, query.detach ?? false);
  }
}
