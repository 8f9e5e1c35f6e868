/** Which sessions of an event a feed shows. */
export type FeedScope =
  | { kind: 'event' }
  | { kind: 'track' | 'room' | 'speaker' | 'session'; id: string }
  | { kind: 'agenda'; agendaId: string; version: number; sessionIds: string[] };

export function scopeKey(scope: FeedScope): string {
  switch (scope.kind) {
    case 'event':
      return 'event';
    case 'agenda':
      return `agenda:${scope.agendaId}:${scope.version}`;
    default:
      return `${scope.kind}:${scope.id}`;
  }
}
