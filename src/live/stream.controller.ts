import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { EventAccess } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { EventsService } from '../events/events.service';
import { resumeId } from './sse';
import { StreamHub } from './stream-hub.service';

@ApiTags('live')
@Controller('events/:eventId')
export class StreamController {
  constructor(
    private readonly hub: StreamHub,
    private readonly events: EventsService,
  ) {}

  /**
   * Server-Sent Events of the event's program changes, for organizers (viewer role or more).
   * Each `change` event has an id; reconnect with `Last-Event-ID` (or `?lastEventId=`) to get
   * what was missed. `ready` opens the stream; `reset` means "reload the program".
   */
  @Get('stream')
  @EventAccess('private')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'text/event-stream: ready, change, reset, closing events and heartbeat comments' })
  async stream(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query('lastEventId') lastEventId: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.events.findOrFail(eventId);
    reply.hijack();
    reply.raw.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
    });
    await this.hub.open(eventId, reply.raw, resumeId(request.headers['last-event-id'], lastEventId));
  }
}
