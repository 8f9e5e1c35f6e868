import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, EventAccess, Public, SignedIn } from '../auth/access.decorators';
import { ProgramReader } from '../program-read/program-reader.service';
import { Exchange, HttpExchange, ReadFrom, ReadSource } from '../program-read/read-source.decorator';
import { Principal } from '../auth/principal';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreateEventDto } from './dto/create-event.dto';
import { EventPageDto, EventResponseDto } from './dto/event-response.dto';
import { UpdateEventDto } from './dto/update-event.dto';
import { EventsService } from './events.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { pageOf, PaginationQueryDto } from '../common/dto/pagination.dto';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly service: EventsService,
    private readonly reader: ProgramReader,
  ) {}

  /** Published events; signed-in organizers also see the drafts they are members of. */
  @Get()
  @Public()
  @ApiDoc({
    id: 'listEvents',
    summary: 'List events',
    description: 'Published events; signed-in organizers also see the drafts they are members of.',
  })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PaginationQueryDto): Promise<EventPageDto> {
    return pageOf(await this.service.list(principal), query);
  }

  /** The creator becomes the event's owner. */
  @Post()
  @SignedIn({ write: true })
  @ApiDoc({
    id: 'createEvent',
    summary: 'Create an event',
    description: "The creator becomes the event's owner.",
    errors: [409],
  })
  create(@Body() dto: CreateEventDto, @CurrentPrincipal() principal: Principal): Promise<EventResponseDto> {
    return this.service.create(dto, principal);
  }

  @Get(':eventId')
  @EventAccess('read')
  @ApiDoc({ id: 'getEvent', summary: 'Get an event', description: 'By id or by slug.', type: EventResponseDto })
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<EventResponseDto | Buffer> {
    // the published event goes out as that version's prepared bytes, so repeated reads take the fast path
    return this.reader.answer(
      source,
      exchange,
      eventId,
      'event',
      () => this.service.get(eventId),
      (program) => program.event,
    );
  }

  @Patch(':eventId')
  @EventAccess('write')
  @ApiDoc({
    id: 'updateEvent',
    summary: 'Update an event',
    description: 'Shrinking the days is refused while sessions or slots lie outside them (409 `outside_event_days`).',
    errors: [409],
    ifMatch: true,
  })
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: UpdateEventDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<EventResponseDto> {
    return this.service.update(eventId, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':eventId')
  @EventAccess('owner')
  @HttpCode(204)
  @ApiDoc({
    id: 'deleteEvent',
    summary: 'Delete an event',
    description: 'Deletes the event and its whole program.',
    ifMatch: true,
  })
  remove(@Param('eventId', ParseIdPipe) eventId: string, @IfMatchVersion() ifMatch?: number): Promise<void> {
    return this.service.remove(eventId, ifMatch);
  }
}
