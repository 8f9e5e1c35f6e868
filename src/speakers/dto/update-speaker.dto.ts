import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreateSpeakerDto } from './create-speaker.dto';

export class UpdateSpeakerDto extends IntersectionType(PartialType(CreateSpeakerDto), VersionedDto) {}
