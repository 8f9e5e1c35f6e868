import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { FastifyReply } from 'fastify';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CsvService } from './csv.service';
import { CsvImportQueryDto } from './dto/csv-import-query.dto';
import { CsvImportResultDto } from './dto/csv-import-result.dto';
import { ApiDoc } from '../openapi/api-doc.decorator';

/** The session list as a spreadsheet, and back. */
@ApiTags('csv')
@Controller('events/:eventId/sessions.csv')
export class CsvController {
  constructor(private readonly service: CsvService) {}

  @Get()
  @EventAccess('private')
  @ApiProduces('text/csv')
  @ApiDoc({ id: 'exportSessionsCsv', summary: 'Export the sessions as CSV', produces: 'text/csv' })
  async exportSessions(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.service.exportSessions(eventId);
    reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Post()
  @EventAccess('write')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string', example: 'id,title,type,start,end\n,Opening,keynote,2026-03-10 09:00,2026-03-10 10:00' },
  })
  @ApiDoc({
    id: 'importSessionsCsv',
    summary: 'Import sessions from CSV',
    description:
      'Rows with an id update that session, rows without one create a session; `?dryRun=true` reports without writing.',
    errors: [409],
  })
  importSessions(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: unknown,
    @Query() query: CsvImportQueryDto,
  ): Promise<CsvImportResultDto> {
    return this.service.importSessions(eventId, body, query.dryRun ?? false);
  }
}
