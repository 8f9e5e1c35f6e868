import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant } from '../../common/validation/validators';
import { SLOT_KINDS, SlotKind } from '../slot.entity';

export class CreateSlotDto {
  /** @example "2026-03-10T09:00:00+01:00" */
  @IsInstant()
  startsAt: string;

  /** @example "2026-03-10T10:30:00+01:00" */
  @IsInstant()
  endsAt: string;

  @IsIn(SLOT_KINDS)
  kind: SlotKind;

  /** @example "Morning block" */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string | null;
}
