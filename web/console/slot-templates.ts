import type { MessageKey } from './i18n';
import type { Slot, SlotKind } from './types';
import { instantAt, wallOf } from './zoned';

/** A day's grid as wall times; labels are message keys so a Japanese organizer gets Japanese labels. */
export interface TemplateSlot {
  start: string;
  end: string;
  kind: SlotKind;
  label?: MessageKey;
}

export const DAY_TEMPLATES: Record<'business' | 'academic', TemplateSlot[]> = {
  business: [
    { start: '09:00', end: '10:00', kind: 'plenary', label: 'slots.tpl.keynote' },
    { start: '10:00', end: '10:30', kind: 'break', label: 'slots.tpl.coffee' },
    { start: '10:30', end: '12:00', kind: 'parallel' },
    { start: '12:00', end: '13:00', kind: 'break', label: 'slots.tpl.lunch' },
    { start: '13:00', end: '14:30', kind: 'parallel' },
    { start: '14:30', end: '15:00', kind: 'break', label: 'slots.tpl.coffee' },
    { start: '15:00', end: '16:30', kind: 'parallel' },
    { start: '16:30', end: '17:30', kind: 'plenary', label: 'slots.tpl.closing' },
  ],
  academic: [
    { start: '09:00', end: '10:00', kind: 'plenary', label: 'slots.tpl.keynote' },
    { start: '10:00', end: '10:20', kind: 'break', label: 'slots.tpl.coffee' },
    { start: '10:20', end: '12:00', kind: 'parallel', label: 'slots.tpl.papers' },
    { start: '12:00', end: '13:20', kind: 'break', label: 'slots.tpl.lunch' },
    { start: '13:20', end: '15:00', kind: 'parallel', label: 'slots.tpl.papers' },
    { start: '15:00', end: '15:20', kind: 'break', label: 'slots.tpl.coffee' },
    { start: '15:20', end: '17:00', kind: 'parallel', label: 'slots.tpl.posters' },
  ],
};

export interface SlotInput {
  startsAt: string;
  endsAt: string;
  kind: SlotKind;
  label?: string;
}

/** The template's slots on one local date of the event, in its zone. */
export function templateDay(
  template: TemplateSlot[],
  date: string,
  zone: string,
  label: (key: MessageKey) => string,
): SlotInput[] {
  return template.map((slot) => ({
    startsAt: instantAt(date, slot.start, zone),
    endsAt: instantAt(date, slot.end, zone),
    kind: slot.kind,
    ...(slot.label ? { label: label(slot.label) } : {}),
  }));
}

/** The slots of one day, at the same wall times on another day (across a daylight-saving change too). */
export function copyDay(slots: Slot[], from: string, to: string, zone: string): SlotInput[] {
  return slots
    .filter((slot) => wallOf(slot.startsAt).date === from)
    .map((slot) => ({
      startsAt: instantAt(to, wallOf(slot.startsAt).time, zone),
      endsAt: instantAt(to, wallOf(slot.endsAt).time, zone),
      kind: slot.kind,
      ...(slot.label ? { label: slot.label } : {}),
    }));
}
