import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreatePresentationDto } from './create-presentation.dto';

export class UpdatePresentationDto extends IntersectionType(PartialType(CreatePresentationDto), VersionedDto) {}
