import { IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '../../common/dto/version.dto';
import { CreateRoomDto } from './create-room.dto';

export class UpdateRoomDto extends IntersectionType(PartialType(CreateRoomDto), VersionedDto) {}
