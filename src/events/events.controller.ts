import { Body, Controller, Delete, forwardRef, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { VersionsService } from '../versions/versions.service';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, CurrentPrincipal, EventAccess, Public, SignedIn } from '../auth/access.decorators';
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
  constructor(
    private readonly service: EventsService,
    @Inject(forwardRef(() => VersionsService)) private readonly versions: VersionsService,
  ) {}

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
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CanSeePrivate() organizer: boolean,
  ): Promise<EventResponseDto> {
    return organizer ? this.service.get(eventId) : (await this.versions.publicProgram(eventId)).event;
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

  @Delete(':eventId')
  @EventAccess('owner')
  @HttpCode(204)
  remove(@Param('eventId', ParseIdPipe) eventId: string, @IfMatchVersion() ifMatch?: number): Promise<void> {
    return this.service.remove(eventId, ifMatch);
  }
}
