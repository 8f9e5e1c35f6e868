/** The document's tags, in the order Swagger UI shows them. */
export const TAGS = [
  { name: 'events', description: 'Conferences and meetings; publish, by id or slug.' },
  { name: 'tracks', description: 'Thematic lines through a program.' },
  { name: 'rooms', description: 'Places sessions happen in.' },
  { name: 'slots', description: "The event's time grid." },
  { name: 'speakers', description: 'People on the program (e-mails only for organizers).' },
  { name: 'sessions', description: 'Program items; hard conflicts are refused with 409.' },
  { name: 'presentations', description: 'Ordered items inside a session.' },
  { name: 'versions', description: 'Publishing, numbered snapshots and their changelogs.' },
  { name: 'calendar', description: 'iCalendar feeds of published events.' },
  { name: 'agendas', description: "Attendees' personal agendas, reachable by their token only." },
  { name: 'interop', description: 'frab / c3voc schedule.xml and schedule.json.' },
  { name: 'csv', description: 'Spreadsheet export and import of sessions.' },
  { name: 'backup', description: 'Whole-event backup documents and restore.' },
  { name: 'planner', description: 'Conflict report and automatic schedule proposals.' },
  { name: 'insights', description: 'Interest (stars) and feed reach, for organizers.' },
  { name: 'webhooks', description: 'Outgoing notifications of published changes.' },
  { name: 'live', description: "Server-Sent Events of an event's program changes, for the schedule editor." },
  { name: 'audit', description: 'Who changed what.' },
  { name: 'members', description: "An event's organizers and their roles." },
  { name: 'auth', description: 'Organizer sign-up, login sessions (cookie) and password.' },
  { name: 'users', description: 'Accounts, created by administrators.' },
  { name: 'tokens', description: 'API tokens for integrations (`Authorization: Bearer`).' },
  { name: 'health', description: 'Liveness and database reachability.' },
];

export const API_DESCRIPTION = `Events, tracks, rooms, slots, sessions, speakers and presentations; publishing, calendar feeds and exports.

**Conventions** (details in docs/api.md):
- JSON in and out (except the feeds and exports, which state their media types). Ids are UUIDs.
- **Times** are instants with an explicit offset. Requests must carry one (\`Z\` or \`+01:00\`); responses give every instant of an event in **that event's own offset** (e.g. \`2026-03-10T09:00:00+01:00\`); instants not tied to an event (audit, tokens, logins, deliveries) are in UTC (\`Z\`). Local dates are \`YYYY-MM-DD\`.
- **Lists that can grow** answer \`{items, total, page, limit}\`: \`page\` from 1, \`limit\` default 50, at most 500.
- **Unknown query parameters** are refused with 400 naming them.
- **Versions**: every record has an integer \`version\`. Reads send it as a strong \`ETag: "<version>"\`-style validator and answer \`If-None-Match\` with 304; writes accept \`If-Match: "<version>"\` (or \`version\` in the body) and answer 412 with \`currentVersion\` when it is stale. Weak validators (\`W/\`) are refused in \`If-Match\`.
- **Errors** have one body \`{statusCode, error, message[], code?}\`; every 409 and 412 has a stable \`code\`.
- **Auth**: an API token (\`Authorization: Bearer …\`) or the organizer session cookie; published events and their feeds are readable without either. A 401 carries \`WWW-Authenticate: Bearer\`.
- **Stability**: within version 1, fields and operations may be added, never renamed or removed; what is going away is marked \`deprecated: true\` here at least one minor release before.`;
