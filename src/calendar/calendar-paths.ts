/** Public paths of the calendar feeds (docs/design.md contract). */
export const calendarPaths = {
  event: (eventId: string) => `/api/events/${eventId}/calendar.ics`,
  track: (eventId: string, id: string) => `/api/events/${eventId}/tracks/${id}/calendar.ics`,
  room: (eventId: string, id: string) => `/api/events/${eventId}/rooms/${id}/calendar.ics`,
  speaker: (eventId: string, id: string) => `/api/events/${eventId}/speakers/${id}/calendar.ics`,
  session: (eventId: string, id: string) => `/api/events/${eventId}/sessions/${id}/calendar.ics`,
  agenda: (token: string) => `/api/agendas/${token}/calendar.ics`,
};
