import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CalendarService } from './calendar.service';
import { FeedDirectory } from './feed-directory';
import { FeedScope } from './feed-scope';
import { sendDocument } from '../common/http/rendered-document';

/** iCalendar feeds of published events; answers conditional requests with 304. */
@ApiTags('calendar')
@Controller()
@Public()
export class CalendarController {
  constructor(private readonly service: CalendarService) {}

  @Get('events/:eventId/feeds')
  directory(@Param('eventId', ParseIdPipe) eventId: string): Promise<FeedDirectory> {
    return this.service.directory(eventId);
  }

  @Get('events/:eventId/calendar.ics')
  @ApiProduces('text/calendar')
  async event(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    sendDocument(request, reply, await this.service.eventFeed(eventId));
  }

  @Get('events/:eventId/tracks/:id/calendar.ics')
  @ApiProduces('text/calendar')
  track(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.scoped(eventId, { kind: 'track', id }, req, reply);
  }

  @Get('events/:eventId/rooms/:id/calendar.ics')
  @ApiProduces('text/calendar')
  room(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.scoped(eventId, { kind: 'room', id }, req, reply);
  }

  @Get('events/:eventId/speakers/:id/calendar.ics')
  @ApiProduces('text/calendar')
  speaker(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.scoped(eventId, { kind: 'speaker', id }, req, reply);
  }

  @Get('events/:eventId/sessions/:id/calendar.ics')
  @ApiProduces('text/calendar')
  session(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.scoped(eventId, { kind: 'session', id }, req, reply);
  }

  @Get('agendas/:token/calendar.ics')
  @ApiProduces('text/calendar')
  async agenda(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendDocument(request, reply, await this.service.agendaFeed(token));
  }

  private async scoped(eventId: string, scope: FeedScope, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    sendDocument(request, reply, await this.service.eventFeed(eventId, scope));
  }
}
