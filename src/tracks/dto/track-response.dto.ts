export class TrackResponseDto {
  id: string;
  name: string;
  color?: string;
  description?: string;
  version: number;
}
