import { RoomResponseDto } from './dto/room-response.dto';
import { RoomEntity } from './room.entity';

export function mapRoom(room: RoomEntity): RoomResponseDto {
  return {
    id: room.id,
    name: room.name,
    ...(room.capacity != null && { capacity: room.capacity }),
    position: room.position,
    ...(room.externalId != null && { externalId: room.externalId }),
    version: room.version,
  };
}
