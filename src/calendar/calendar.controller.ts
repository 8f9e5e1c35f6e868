import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CalendarService } from './calendar.service';
import { FeedDirectoryDto } from './dto/feed-directory.dto';
import { FeedScope } from './feed-scope';
import { sendDocument } from '../common/http/rendered-document';
import { ApiDoc } from '../openapi/api-doc.decorator';

/** iCalendar feeds of published events; answers conditional requests with 304. */
@ApiTags('calendar')
@Controller()
@Public()
export class CalendarController {
  constructor(private readonly service: CalendarService) {}

  @Get('events/:eventId/feeds')
  @ApiDoc({
    id: 'getFeedDirectory',
    summary: 'List the calendar feeds of an event',
    description:
      'Every public feed of a published event (whole event, each track, room and speaker) with https and webcal links.',
  })
  directory(@Param('eventId', ParseIdPipe) eventId: string): Promise<FeedDirectoryDto> {
    return this.service.directory(eventId);
  }

  @Get('events/:eventId/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiDoc({ id: 'getEventCalendar', summary: 'iCalendar feed of the whole event', produces: 'text/calendar' })
  async event(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    sendDocument(request, reply, await this.service.eventFeed(eventId, { kind: 'event' }, request.url));
  }

  @Get('events/:eventId/tracks/:id/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiDoc({ id: 'getTrackCalendar', summary: 'iCalendar feed of one track', produces: 'text/calendar' })
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
  @ApiDoc({ id: 'getRoomCalendar', summary: 'iCalendar feed of one room', produces: 'text/calendar' })
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
  @ApiDoc({ id: 'getSpeakerCalendar', summary: 'iCalendar feed of one speaker', produces: 'text/calendar' })
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
  @ApiDoc({ id: 'getSessionCalendar', summary: 'iCalendar file of one session', produces: 'text/calendar' })
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
  @ApiDoc({ id: 'getAgendaCalendar', summary: 'iCalendar feed of a personal agenda', produces: 'text/calendar' })
  async agenda(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendDocument(request, reply, await this.service.agendaFeed(token));
  }

  private async scoped(eventId: string, scope: FeedScope, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    sendDocument(request, reply, await this.service.eventFeed(eventId, scope, request.url));
  }
}
