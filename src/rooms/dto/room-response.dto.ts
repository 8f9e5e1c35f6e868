export class RoomResponseDto {
  id: string;
  name: string;
  capacity?: number;
  position: number;
  /** The guid an imported file gave this room; exports write it again. */
  externalId?: string;
  version: number;
}
