import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publishedItem } from '../versions/published-reads';
import { ProgramReader } from '../program-read/program-reader.service';
import { ReadFrom, ReadSource } from '../program-read/read-source.decorator';
import { CreatePresentationDto } from './dto/create-presentation.dto';
import { PresentationPageDto, PresentationResponseDto } from './dto/presentation-response.dto';
import { UpdatePresentationDto } from './dto/update-presentation.dto';
import { PresentationsService } from './presentations.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { pageOf, PaginationQueryDto } from '../common/dto/pagination.dto';

@ApiTags('presentations')
@EventAccess('write')
@Controller('events/:eventId/sessions/:sessionId/presentations')
export class PresentationsController {
  constructor(
    private readonly service: PresentationsService,
    private readonly reader: ProgramReader,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listPresentations', summary: 'List presentations of a session' })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @ReadFrom() source: ReadSource,
    @Query() query: PaginationQueryDto,
  ): Promise<PresentationPageDto> {
    const items = await this.reader.read(
      source,
      eventId,
      () => this.service.list(eventId, sessionId),
      (program) => publishedItem(program.sessions, sessionId, 'session').presentations,
    );
    return pageOf(items, query);
  }

  @Post()
  @ApiDoc({
    id: 'createPresentation',
    summary: 'Create a presentation',
    description: 'Refused with 409 when its presenting author speaks or presents elsewhere at that time.',
    errors: [409],
  })
  create(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: CreatePresentationDto,
  ): Promise<PresentationResponseDto> {
    return this.service.create(eventId, sessionId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getPresentation', summary: 'Get a presentation' })
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('id', ParseIdPipe) id: string,
    @ReadFrom() source: ReadSource,
  ): Promise<PresentationResponseDto> {
    return this.reader.read(
      source,
      eventId,
      () => this.service.get(eventId, sessionId, id),
      (program) =>
        publishedItem(publishedItem(program.sessions, sessionId, 'session').presentations, id, 'presentation'),
    );
  }

  @Patch(':id')
  @ApiDoc({ id: 'updatePresentation', summary: 'Update a presentation', ifMatch: true, errors: [409] })
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdatePresentationDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<PresentationResponseDto> {
    return this.service.update(eventId, sessionId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ id: 'deletePresentation', summary: 'Delete a presentation' })
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<void> {
    return this.service.remove(eventId, sessionId, id);
  }
}
