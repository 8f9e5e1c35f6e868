import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { AgendaProgramDto } from './dto/version-response.dto';
import { agendaProgram } from './published-reads';
import { PublishedDocuments } from '../program-read/published-documents.service';

@ApiTags('versions')
@Controller('events/:eventId')
export class AgendaProgramController {
  constructor(private readonly published: PublishedDocuments) {}

  @Get('program')
  @EventAccess('read')
  @ApiDoc({
    id: 'getAgendaProgram',
    summary: 'The published program in one document',
    description:
      'Event, rooms, tracks, slots, speakers and sessions of the latest published version: what the public agenda page shows, in one cacheable answer (strong ETag, compressed when the client accepts it). The same for everyone, organizers included.',
    type: AgendaProgramDto,
  })
  async program(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    void reply.header('Cache-Control', 'public, no-cache');
    return this.published.send(request, reply, eventId, 'program', agendaProgram);
  }
}
