import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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

  @Get()
  list(): Promise<EventResponseDto[]> {
    return this.service.list();
  }

  @Post()
  create(@Body() dto: CreateEventDto): Promise<EventResponseDto> {
    return this.service.create(dto);
  }

  @Get(':eventId')
  get(@Param('eventId', ParseIdPipe) eventId: string): Promise<EventResponseDto> {
    return this.service.get(eventId);
  }

  @Patch(':eventId')
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: UpdateEventDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<EventResponseDto> {
    return this.service.update(eventId, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':eventId/publish')
  @HttpCode(200)
  publish(@Param('eventId', ParseIdPipe) eventId: string): Promise<EventResponseDto> {
    return this.service.publish(eventId);
  }

  @Delete(':eventId')
  @HttpCode(204)
  remove(@Param('eventId', ParseIdPipe) eventId: string, @IfMatchVersion() ifMatch?: number): Promise<void> {
    return this.service.remove(eventId, ifMatch);
  }
}
