import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publishedItem } from '../versions/published-reads';
import { PublishedDocuments } from '../versions/published-documents.service';
import { CreateSlotDto } from './dto/create-slot.dto';
import { SlotResponseDto } from './dto/slot-response.dto';
import { UpdateSlotDto } from './dto/update-slot.dto';
import { SlotsService } from './slots.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('slots')
@EventAccess('write')
@Controller('events/:eventId/slots')
export class SlotsController {
  constructor(
    private readonly service: SlotsService,
    private readonly published: PublishedDocuments,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listSlots', summary: 'List time slots', type: [SlotResponseDto] })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SlotResponseDto[] | Buffer> {
    if (organizer) return this.service.list(eventId);
    return this.published.send(request, reply, eventId, 'slots', (program) => program.slots);
  }

  @Post()
  @ApiDoc({ id: 'createSlot', summary: 'Create a slot' })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateSlotDto): Promise<SlotResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getSlot', summary: 'Get a slot', type: SlotResponseDto })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SlotResponseDto | Buffer> {
    if (organizer) return this.service.get(eventId, id);
    return this.published.send(request, reply, eventId, `slot:${id}`, (program) =>
      publishedItem(program.slots, id, 'slot'),
    );
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
