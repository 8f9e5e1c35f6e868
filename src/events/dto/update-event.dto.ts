import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreateEventDto } from './create-event.dto';

export class UpdateEventDto extends IntersectionType(PartialType(CreateEventDto), VersionedDto) {}
