export class RoomResponseDto {
  id: string;
  name: string;
  capacity?: number;
  position: number;
  version: number;
}
