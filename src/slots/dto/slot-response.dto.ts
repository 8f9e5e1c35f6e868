import { SlotKind } from '../slot.entity';

export class SlotResponseDto {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: SlotKind;
  label?: string;
  version: number;
}
