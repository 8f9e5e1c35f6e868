import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreateSessionDto } from './create-session.dto';

export class UpdateSessionDto extends IntersectionType(PartialType(CreateSessionDto), VersionedDto) {}
