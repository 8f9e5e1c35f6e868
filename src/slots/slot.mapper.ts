import { formatInstant } from '../time/instants';
import { SlotResponseDto } from './dto/slot-response.dto';
import { SlotEntity } from './slot.entity';

export function mapSlot(slot: SlotEntity, timezone: string): SlotResponseDto {
  return {
    id: slot.id,
    startsAt: formatInstant(slot.startsAt, timezone),
    endsAt: formatInstant(slot.endsAt, timezone),
    kind: slot.kind,
    ...(slot.label != null && { label: slot.label }),
    version: slot.version,
  };
}
