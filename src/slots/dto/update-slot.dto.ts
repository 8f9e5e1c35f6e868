import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreateSlotDto } from './create-slot.dto';

export class UpdateSlotDto extends IntersectionType(PartialType(CreateSlotDto), VersionedDto) {}
