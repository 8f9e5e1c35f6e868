import { TrackResponseDto } from './dto/track-response.dto';
import { TrackEntity } from './track.entity';

export function mapTrack(track: TrackEntity): TrackResponseDto {
  return {
    id: track.id,
    name: track.name,
    ...(track.color != null && { color: track.color }),
    ...(track.description != null && { description: track.description }),
    version: track.version,
  };
}
