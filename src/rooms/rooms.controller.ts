import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { DeleteQueryDto } from '../common/dto/delete-query.dto';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { ProgramReader, ProgramRecords } from '../program-read/program-reader.service';
import { Exchange, HttpExchange, ReadFrom, ReadSource } from '../program-read/read-source.decorator';
import { CreateRoomDto } from './dto/create-room.dto';
import { RoomResponseDto } from './dto/room-response.dto';
import { UpdateRoomDto } from './dto/update-room.dto';
import { RoomsService } from './rooms.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('rooms')
@EventAccess('write')
@Controller('events/:eventId/rooms')
export class RoomsController {
  private readonly reads: ProgramRecords<RoomResponseDto>;

  constructor(
    private readonly service: RoomsService,
    reader: ProgramReader,
  ) {
    this.reads = reader.records(service, (program) => program.rooms, 'room');
  }

  @Get()
  @EventAccess('read')
  @ApiDoc({ id: 'listRooms', summary: 'List rooms', type: [RoomResponseDto] })
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<RoomResponseDto[] | Buffer> {
    return this.reads.list(source, exchange, eventId);
  }

  @Post()
  @ApiDoc({ id: 'createRoom', summary: 'Create a room' })
  create(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateRoomDto): Promise<RoomResponseDto> {
    return this.service.create(eventId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  @ApiDoc({ id: 'getRoom', summary: 'Get a room', type: RoomResponseDto })
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @ReadFrom() source: ReadSource,
    @Exchange() exchange: HttpExchange,
  ): Promise<RoomResponseDto | Buffer> {
    return this.reads.get(source, exchange, eventId, id);
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
