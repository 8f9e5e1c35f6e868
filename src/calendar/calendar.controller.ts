import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CalendarService, RenderedFeed } from './calendar.service';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly service: CalendarService) {}

  @Get('events/:eventId/calendar.ics')
  @ApiProduces('text/calendar')
  async eventFeed(@Param('eventId', ParseIdPipe) eventId: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendFeed(request, reply, await this.service.eventFeed(eventId));
  }
}

function sendFeed(request: FastifyRequest, reply: FastifyReply, feed: RenderedFeed): void {
  reply
    .header('ETag', feed.etag)
    .header('Last-Modified', feed.lastModified.toUTCString())
    .header('Cache-Control', 'public, max-age=300');
  if (request.headers['if-none-match'] === feed.etag) {
    reply.status(304).send();
    return;
  }
  reply
    .header('Content-Type', 'text/calendar; charset=utf-8')
    .header('Content-Disposition', `inline; filename="${feed.filename}"`)
    .send(feed.body);
}
