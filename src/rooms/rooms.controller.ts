import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { CanSeePrivate, EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { publishedItem } from '../versions/published-reads';
import { PublishedDocuments } from '../versions/published-documents.service';
import { CreateRoomDto } from './dto/create-room.dto';
import { RoomResponseDto } from './dto/room-response.dto';
import { UpdateRoomDto } from './dto/update-room.dto';
import { RoomsService } from './rooms.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('rooms')
@EventAccess('write')
@Controller('events/:eventId/rooms')
export class RoomsController {
  constructor(
    private readonly service: RoomsService,
    private readonly published: PublishedDocuments,
  ) {}

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listRooms', summary: 'List rooms', type: [RoomResponseDto] })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoomResponseDto[] | Buffer> {
    if (organizer) return this.service.list(eventId);
    return this.published.send(request, reply, eventId, 'rooms', (program) => program.rooms);
  }

  @Post()
  @ApiDoc({ id: 'createRoom', summary: 'Create a room' })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateRoomDto): Promise<RoomResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getRoom', summary: 'Get a room', type: RoomResponseDto })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CanSeePrivate() organizer: boolean,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoomResponseDto | Buffer> {
    if (organizer) return this.service.get(eventId, id);
    return this.published.send(request, reply, eventId, `room:${id}`, (program) =>
      publishedItem(program.rooms, id, 'room'),
    );
  }

  @Patch(':id')
  @ApiDoc({ id: 'updateRoom', summary: 'Update a room', ifMatch: true })
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateRoomDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<RoomResponseDto> {
    return this.service.update(eventId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({
    id: 'deleteRoom',
    summary: 'Delete a room',
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
