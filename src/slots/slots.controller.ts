import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ProgramReader, ProgramRecords } from '../program-read/program-reader.service';
import { Exchange, HttpExchange, ReadFrom, ReadSource } from '../program-read/read-source.decorator';
import { CreateSlotDto } from './dto/create-slot.dto';
import { SlotResponseDto } from './dto/slot-response.dto';
import { UpdateSlotDto } from './dto/update-slot.dto';
import { SlotsService } from './slots.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('slots')
@EventAccess('write')
@Controller('events/:eventId/slots')
export class SlotsController {
  private readonly reads: ProgramRecords<SlotResponseDto>;

  constructor(
    private readonly service: SlotsService,
    reader: ProgramReader,
  ) {
    this.reads = reader.records(service, (program) => program.slots, 'slot');
  }

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listSlots', summary: 'List time slots', type: [SlotResponseDto] })
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<SlotResponseDto[] | Buffer> {
    return this.reads.list(source, exchange, eventId);
  }

  @Post()
  @ApiDoc({ id: 'createSlot', summary: 'Create a slot' })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateSlotDto): Promise<SlotResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getSlot', summary: 'Get a slot', type: SlotResponseDto })
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<SlotResponseDto | Buffer> {
    return this.reads.get(source, exchange, eventId, id);
  }

  @Patch(':id')
  @ApiDoc({ id: 'updateSlot', summary: 'Update a slot', ifMatch: true })
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
  @ApiDoc({
    id: 'deleteSlot',
    summary: 'Delete a slot',
    description: 'Refused while sessions use it (409 `in_use`) unless `?detach=true`.',
    errors: [409],
  })
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeleteQueryDto,
  ): Promise<void> {
    return this.service.remove(eventId, id, query.detach ?? false);
  }
}
