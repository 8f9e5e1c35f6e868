/**
 * The demo program: a two-day business + academic meeting in Berlin. Plain data, so tests and
 * the seeder read the same thing. Times are local wall-clock in the event zone ("D1 09:00").
 */
export const DEMO_EVENT = {
  name: 'Open Planning Summit 2027',
  slug: 'open-planning-summit-2027',
  timezone: 'Europe/Berlin',
  startDate: '2027-03-10',
  endDate: '2027-03-11',
  venue: 'Kongresshaus am Fluss, Berlin',
  description: 'Two days on planning, scheduling and open data: keynotes, breakouts, a paper session and posters.',
};

export const DEMO_TRACKS = [
  {
    key: 'research',
    name: 'Research',
    color: '#1f6fb4',
    description: 'Peer-reviewed work on scheduling and optimisation.',
  },
  {
    key: 'industry',
    name: 'Industry',
    color: '#d9630b',
    description: 'Case studies from conference and venue operators.',
  },
  {
    key: 'community',
    name: 'Community',
    color: '#2a8a3e',
    description: 'Open data, open source and the people behind them.',
  },
];

export const DEMO_ROOMS = [
  { key: 'hall', name: 'Main Hall', capacity: 500 },
  { key: 'a', name: 'Room A', capacity: 120 },
  { key: 'b', name: 'Room B', capacity: 80 },
  { key: 'foyer', name: 'Poster Foyer', capacity: 200 },
];

type SlotKind = 'plenary' | 'parallel' | 'break';
export const DEMO_SLOTS: { key: string; day: 1 | 2; from: string; to: string; kind: SlotKind; label: string }[] = [
  { key: 'd1-keynote', day: 1, from: '09:00', to: '10:00', kind: 'plenary', label: 'Opening keynote' },
  { key: 'd1-coffee1', day: 1, from: '10:00', to: '10:30', kind: 'break', label: 'Coffee' },
  { key: 'd1-am', day: 1, from: '10:30', to: '12:00', kind: 'parallel', label: 'Morning breakouts' },
  { key: 'd1-lunch', day: 1, from: '12:00', to: '13:00', kind: 'break', label: 'Lunch' },
  { key: 'd1-pm', day: 1, from: '13:00', to: '14:30', kind: 'parallel', label: 'Afternoon breakouts' },
  { key: 'd1-coffee2', day: 1, from: '14:30', to: '15:00', kind: 'break', label: 'Coffee' },
  { key: 'd1-late', day: 1, from: '15:00', to: '16:30', kind: 'parallel', label: 'Posters and workshops' },
  { key: 'd1-panel', day: 1, from: '16:30', to: '17:30', kind: 'plenary', label: 'Panel' },
  { key: 'd2-keynote', day: 2, from: '09:00', to: '10:00', kind: 'plenary', label: 'Keynote' },
  { key: 'd2-coffee1', day: 2, from: '10:00', to: '10:30', kind: 'break', label: 'Coffee' },
  { key: 'd2-am', day: 2, from: '10:30', to: '12:00', kind: 'parallel', label: 'Paper session and breakouts' },
  { key: 'd2-lunch', day: 2, from: '12:00', to: '13:00', kind: 'break', label: 'Lunch' },
  { key: 'd2-pm', day: 2, from: '13:00', to: '14:30', kind: 'parallel', label: 'Workshops' },
  { key: 'd2-closing', day: 2, from: '14:30', to: '15:00', kind: 'plenary', label: 'Closing' },
];

export const DEMO_SPEAKERS = [
  {
    key: 'okafor',
    name: 'Dr. Amara Okafor',
    affiliation: 'University of Lagos',
    bio: 'Works on combinatorial optimisation for large events.',
  },
  {
    key: 'lindqvist',
    name: 'Erik Lindqvist',
    affiliation: 'Nordic Venues AB',
    bio: 'Runs operations for twelve congress centres.',
  },
  {
    key: 'yamada',
    name: '山田 花子',
    affiliation: '京都大学',
    bio: 'Researches timetabling and attendee preferences.',
  },
  {
    key: 'garcia',
    name: 'Lucía García',
    affiliation: 'OpenConf Foundation',
    bio: 'Maintainer of open conference data standards.',
  },
  {
    key: 'novak',
    name: 'Tomáš Novák',
    affiliation: 'Czech Technical University',
    bio: 'Constraint programming and local search.',
  },
  { key: 'chen', name: 'Wei Chen', affiliation: 'EventWorks', bio: 'Builds scheduling products for trade fairs.' },
  { key: 'schmidt', name: 'Prof. Anna Schmidt', affiliation: 'TU Berlin', bio: 'Chairs the programme committee.' },
  { key: 'dubois', name: 'Claire Dubois', affiliation: 'INRIA', bio: 'Operations research, fairness in assignment.' },
  {
    key: 'patel',
    name: 'Ravi Patel',
    affiliation: 'Accessible Events Network',
    bio: 'Advocates for accessible venues.',
  },
  {
    key: 'mensah',
    name: 'Kwame Mensah',
    affiliation: 'Ghana Tech Summit',
    bio: 'Organises a 5,000-attendee community event.',
  },
];

type Role = 'speaker' | 'moderator' | 'chair' | 'author';
export interface DemoSession {
  key: string;
  title: string;
  type: string;
  slot: string;
  room: string;
  track?: string;
  from?: string;
  to?: string;
  speakers: [string, Role][];
  expectedAttendance?: number;
  abstract: string;
  presentations?: { title: string; minutes: number; authors: string[] }[];
}

export const DEMO_SESSIONS: DemoSession[] = [
  {
    key: 'keynote1',
    title: 'Scheduling a thousand talks without losing anyone',
    type: 'keynote',
    slot: 'd1-keynote',
    room: 'hall',
    speakers: [['okafor', 'speaker']],
    expectedAttendance: 450,
    abstract: 'What large conferences teach us about constraints, preferences and people.',
  },
  {
    key: 'venues',
    title: 'Running twelve venues on one calendar',
    type: 'talk',
    slot: 'd1-am',
    room: 'a',
    track: 'industry',
    speakers: [['lindqvist', 'speaker']],
    expectedAttendance: 90,
    abstract: 'Lessons from shared room inventories across a venue group.',
  },
  {
    key: 'prefs',
    title: 'Attendee preferences in timetabling',
    type: 'talk',
    slot: 'd1-am',
    room: 'b',
    track: 'research',
    speakers: [['yamada', 'speaker']],
    expectedAttendance: 70,
    abstract: 'Using starred sessions to reduce clashes for attendees.',
  },
  {
    key: 'opendata',
    title: 'Open conference data: schedule.xml and beyond',
    type: 'breakout',
    slot: 'd1-am',
    room: 'hall',
    track: 'community',
    speakers: [['garcia', 'speaker']],
    expectedAttendance: 150,
    abstract: 'The frab/c3voc format, its quirks, and where it goes next.',
  },
  {
    key: 'cp',
    title: 'Constraint programming for room assignment',
    type: 'tutorial',
    slot: 'd1-pm',
    room: 'a',
    track: 'research',
    speakers: [['novak', 'speaker']],
    expectedAttendance: 60,
    abstract: 'A hands-on introduction with small, solvable examples.',
  },
  {
    key: 'tradefair',
    title: 'Trade fair scheduling at scale',
    type: 'talk',
    slot: 'd1-pm',
    room: 'b',
    track: 'industry',
    speakers: [['chen', 'speaker']],
    expectedAttendance: 75,
    abstract: 'Exhibitor slots, demo stages and a million visitors.',
  },
  {
    key: 'access',
    title: 'Accessible programs by design',
    type: 'breakout',
    slot: 'd1-pm',
    room: 'hall',
    track: 'community',
    speakers: [['patel', 'speaker']],
    expectedAttendance: 110,
    abstract: 'Step-free routes, quiet rooms and realistic transfer times.',
  },
  {
    key: 'posters',
    title: 'Poster session',
    type: 'poster-session',
    slot: 'd1-late',
    room: 'foyer',
    track: 'research',
    speakers: [['dubois', 'chair']],
    expectedAttendance: 180,
    abstract: 'Twenty posters on optimisation, fairness and data.',
  },
  {
    key: 'ws-data',
    title: 'Workshop: cleaning a real schedule export',
    type: 'workshop',
    slot: 'd1-late',
    room: 'a',
    track: 'community',
    speakers: [
      ['garcia', 'speaker'],
      ['mensah', 'speaker'],
    ],
    expectedAttendance: 40,
    abstract: 'Bring a laptop; we fix a FOSDEM-sized export together.',
  },
  {
    key: 'panel',
    title: 'Panel: who owns the schedule?',
    type: 'panel',
    slot: 'd1-panel',
    room: 'hall',
    speakers: [
      ['schmidt', 'moderator'],
      ['lindqvist', 'speaker'],
      ['mensah', 'speaker'],
      ['yamada', 'speaker'],
    ],
    expectedAttendance: 400,
    abstract: 'Organizers, speakers and attendees each want something different.',
  },
  {
    key: 'keynote2',
    title: 'Fairness in assignment problems',
    type: 'keynote',
    slot: 'd2-keynote',
    room: 'hall',
    speakers: [['dubois', 'speaker']],
    expectedAttendance: 420,
    abstract: 'From kidney exchange to conference rooms.',
  },
  {
    key: 'papers',
    title: 'Paper session: Conference scheduling',
    type: 'paper-session',
    slot: 'd2-am',
    room: 'a',
    track: 'research',
    speakers: [
      ['schmidt', 'chair'],
      ['novak', 'author'],
      ['yamada', 'author'],
      ['okafor', 'author'],
    ],
    expectedAttendance: 100,
    abstract: 'Four peer-reviewed papers, 20 minutes each including questions.',
    presentations: [
      { title: 'A matheuristic for personalised conference scheduling', minutes: 20, authors: ['novak'] },
      { title: 'Clash-aware track assignment with attendee stars', minutes: 20, authors: ['yamada', 'okafor'] },
      { title: 'Robust timetables under speaker cancellations', minutes: 20, authors: ['okafor'] },
      { title: 'Room capacity prediction from registration data', minutes: 20, authors: ['dubois'] },
    ],
  },
  {
    key: 'lightning',
    title: 'Lightning talks',
    type: 'lightning',
    slot: 'd2-am',
    room: 'b',
    track: 'community',
    speakers: [['mensah', 'moderator']],
    expectedAttendance: 70,
    abstract: 'Five minutes each, no slides required.',
  },
  {
    key: 'ops',
    title: 'Operations war stories',
    type: 'talk',
    slot: 'd2-am',
    room: 'hall',
    track: 'industry',
    speakers: [['chen', 'speaker']],
    expectedAttendance: 130,
    abstract: 'When the fire alarm goes off during the keynote.',
  },
  {
    key: 'ws-solver',
    title: 'Workshop: build a tiny scheduler',
    type: 'workshop',
    slot: 'd2-pm',
    room: 'a',
    track: 'research',
    speakers: [
      ['novak', 'speaker'],
      ['dubois', 'speaker'],
    ],
    expectedAttendance: 45,
    abstract: 'Greedy construction plus local search in 90 minutes.',
  },
  {
    key: 'ws-access',
    title: 'Workshop: auditing your venue',
    type: 'workshop',
    slot: 'd2-pm',
    room: 'b',
    track: 'community',
    speakers: [['patel', 'speaker']],
    expectedAttendance: 35,
    abstract: 'A checklist walk-through with real floor plans.',
  },
  {
    key: 'closing',
    title: 'Closing and thanks',
    type: 'other',
    slot: 'd2-closing',
    room: 'hall',
    speakers: [['schmidt', 'speaker']],
    expectedAttendance: 300,
    abstract: 'Awards, thanks, and next year.',
  },
];
