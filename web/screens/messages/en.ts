/** The room screens' words in English; ja.ts must have every key. */
export const en = {
  loading: 'Loading the program…',
  loadFailed: 'The program could not be loaded ({reason}). The screen tries again shortly.',
  allRooms: 'All rooms',
  now: 'Now',
  next: 'Next',
  room: 'Room',
  nothingNow: 'Nothing right now',
  nothingNext: 'Nothing more in this room',
  freeUntil: 'Free until {time}',
  startsAt: 'Starts {time}',
  startsOn: '{day}, {time}',
  until: 'until {time}',
  breakNow: '{label} until {time}',
  breakDefault: 'Break',
  cancelled: 'Cancelled',
  offline: 'Offline: showing the program as of {time}',
  updated: 'Program checked {time}',
  fullScreen: 'Full screen',
  clockLabel: 'Current time',
  roomsLabel: 'Now and next in every room',
} as const;

export type ScreenMessages = Record<keyof typeof en, string>;
