import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, SignedIn } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { FastifyReply, FastifyRequest } from 'fastify';
import { sendDocument } from '../common/http/rendered-document';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ImportQueryDto } from './dto/import-query.dto';
import { ScheduleExportService } from './schedule-export.service';
import { ScheduleImportService } from './schedule-import.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { ImportResultDto } from './dto/import-result.dto';

/** frab/c3voc schedule.xml and schedule.json, out and in. */
@ApiTags('interop')
@Controller('events')
export class InteropController {
  constructor(
    private readonly exporter: ScheduleExportService,
    private readonly importer: ScheduleImportService,
  ) {}

  @Get(':eventId/schedule.xml')
  @Public()
  @ApiProduces('application/xml')
  @ApiDoc({
    id: 'getScheduleXml',
    summary: 'frab / c3voc schedule.xml',
    description: 'The published program in the frab schedule.xml format (fixtures/schemas/schedule.xml.xsd).',
    produces: 'application/xml',
  })
  async xml(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    sendDocument(request, reply, await this.exporter.render(eventId, 'xml'));
  }

  @Get(':eventId/schedule.json')
  @Public()
  @ApiDoc({
    id: 'getScheduleJson',
    summary: 'c3voc schedule.json',
    description: 'The published program in the c3voc schedule.json format.',
    produces: 'application/json',
  })
  async json(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    sendDocument(request, reply, await this.exporter.render(eventId, 'json'));
  }

  /** A schedule.xml (application/xml) or schedule.json body; 201 for a new event, 200 for an update. */
  @Post('import')
  @SignedIn({ write: true })
  @ApiConsumes('application/xml', 'application/json', 'text/plain')
  @ApiBody({ schema: { type: 'string' } })
  @ApiDoc({
    id: 'importSchedule',
    summary: 'Import a schedule.xml or schedule.json',
    description: 'A frab/c3voc schedule becomes a new event, or updates the event given by `?eventId=`.',
    errors: [404, 409],
    type: ImportResultDto,
    status: 201,
  })
  @ApiResponse({ status: 200, type: ImportResultDto, description: 'The event given by `?eventId=` was updated.' })
  async import(
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportResultDto> {
    const result = await this.importer.import(body, query, principal);
    reply.status(result.created ? 201 : 200);
    return result;
  }
}
