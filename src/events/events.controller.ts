import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, EventAccess, Public, SignedIn } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreateEventDto } from './dto/create-event.dto';
import { EventResponseDto } from './dto/event-response.dto';
import { UpdateEventDto } from './dto/update-event.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly service: EventsService) {}

  /** Published events; signed-in organizers also see the drafts they are members of. */
  @Get()
  @Public()
  list(@CurrentPrincipal() principal: Principal): Promise<EventResponseDto[]> {
    return this.service.list(principal);
  }

  /** The creator becomes the event's owner. */
  @Post()
  @SignedIn({ write: true })
  create(@Body() dto: CreateEventDto, @CurrentPrincipal() principal: Principal): Promise<EventResponseDto> {
    return this.service.create(dto, principal);
  }

  @Get(':eventId')
  @EventAccess('read')
  get(@Param('eventId', ParseIdPipe) eventId: string): Promise<EventResponseDto> {
    return this.service.get(eventId);
  }

  @Patch(':eventId')
  @EventAccess('write')
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: UpdateEventDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<EventResponseDto> {
    return this.service.update(eventId, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':eventId/publish')
  @EventAccess('write')
  @HttpCode(200)
  publish(@Param('eventId', ParseIdPipe) eventId: string): Promise<EventResponseDto> {
    return this.service.publish(eventId);
  }

  @Delete(':eventId')
  @EventAccess('owner')
  @HttpCode(204)
  remove(@Param('eventId', ParseIdPipe) eventId: string, @IfMatchVersion() ifMatch?: number): Promise<void> {
    return this.service.remove(eventId, ifMatch);
  }
}
