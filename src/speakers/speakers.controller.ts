import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ProgramReader, ProgramRecords } from '../program-read/program-reader.service';
import { Exchange, HttpExchange, ReadFrom, ReadSource } from '../program-read/read-source.decorator';
import { queryKey } from '../program-read/published-documents.service';
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
  private readonly reads: ProgramRecords<SpeakerResponseDto>;

  constructor(
    private readonly service: SpeakersService,
    private readonly reader: ProgramReader,
  ) {
    this.reads = reader.records(service, (program) => program.speakers, 'speaker');
  }

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listSpeakers', summary: 'List speakers', type: SpeakerPageDto })
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
    @Query() query: PaginationQueryDto,
  ): Promise<SpeakerPageDto | Buffer> {
    return this.reader.answer(
      source,
      exchange,
      eventId,
      `speakers${queryKey(query)}`,
      async () => pageOf(await this.service.list(eventId), query),
      (program) => pageOf(program.speakers, query),
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
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<SpeakerResponseDto | Buffer> {
    return this.reads.get(source, exchange, eventId, id);
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
