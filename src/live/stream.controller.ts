import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiDoc } from '../openapi/api-doc.decorator';
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
  @ApiDoc({
    id: 'streamProgramChanges',
    summary: "Stream the event's program changes (Server-Sent Events)",
    description:
      'Organizers only (viewer role or more). Events: `ready` opens the stream; numbered `change` events (resume with `Last-Event-ID` or `?lastEventId=`); `reset` means reload the program; `closing` before the server shuts down; heartbeat comments keep proxies from closing it.',
    produces: 'text/event-stream',
  })
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
