import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, SignedIn } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { FastifyReply, FastifyRequest } from 'fastify';
import { sendDocument } from '../common/http/rendered-document';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ImportQueryDto } from './dto/import-query.dto';
import { ScheduleExportService } from './schedule-export.service';
import { ScheduleImportService } from './schedule-import.service';

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
  async xml(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    sendDocument(request, reply, await this.exporter.render(eventId, 'xml'));
  }

  @Get(':eventId/schedule.json')
  @Public()
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
  async import(
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.importer.import(body, query, principal);
    reply.status(result.created ? 201 : 200);
    return result;
  }
}
