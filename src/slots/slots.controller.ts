import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreateSlotDto } from './dto/create-slot.dto';
import { SlotResponseDto } from './dto/slot-response.dto';
import { UpdateSlotDto } from './dto/update-slot.dto';
import { SlotsService } from './slots.service';

@ApiTags('slots')
@EventAccess('write')
@Controller('events/:eventId/slots')
export class SlotsController {
  constructor(private readonly service: SlotsService) {}

  @Get()
  @EventAccess('read')
  list(@Param('eventId', ParseIdPipe) eventId: string): Promise<SlotResponseDto[]> {
    return this.service.list(eventId);
  }

  @Post()
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateSlotDto): Promise<SlotResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  get(@Param('eventId', ParseIdPipe) eventId: string, @Param('id', ParseIdPipe) id: string): Promise<SlotResponseDto> {
    return this.service.get(eventId, id);
  }

  @Patch(':id')
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateSlotDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<SlotResponseDto> {
    return this.service.update(eventId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeleteQueryDto,
  ): Promise<void> {
    return this.service.remove(eventId, id, query.detach ?? false);
  }
}
