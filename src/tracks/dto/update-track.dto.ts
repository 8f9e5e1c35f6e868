import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreateTrackDto } from './create-track.dto';

export class UpdateTrackDto extends IntersectionType(PartialType(CreateTrackDto), VersionedDto) {}
