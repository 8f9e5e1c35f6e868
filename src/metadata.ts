/* eslint-disable */
export default async () => {
  const t = {
    ['./audit/dto/audit-entry-response.dto']: await import('./audit/dto/audit-entry-response.dto'),
    ['./auth/dto/auth.dto']: await import('./auth/dto/auth.dto'),
    ['./presentations/dto/presentation-response.dto']: await import('./presentations/dto/presentation-response.dto'),
    ['./sessions/dto/session-response.dto']: await import('./sessions/dto/session-response.dto'),
    ['./speakers/dto/speaker-response.dto']: await import('./speakers/dto/speaker-response.dto'),
    ['./versions/dto/version-response.dto']: await import('./versions/dto/version-response.dto'),
    ['./events/dto/event-response.dto']: await import('./events/dto/event-response.dto'),
    ['./tracks/dto/track-response.dto']: await import('./tracks/dto/track-response.dto'),
    ['./rooms/dto/room-response.dto']: await import('./rooms/dto/room-response.dto'),
    ['./slots/dto/slot-response.dto']: await import('./slots/dto/slot-response.dto'),
    ['./backup/dto/backup-document.dto']: await import('./backup/dto/backup-document.dto'),
    ['./backup/dto/restore-result.dto']: await import('./backup/dto/restore-result.dto'),
    ['./calendar/dto/feed-directory.dto']: await import('./calendar/dto/feed-directory.dto'),
    ['./sessions/dto/create-session.dto']: await import('./sessions/dto/create-session.dto'),
    ['./csv/dto/csv-import-result.dto']: await import('./csv/dto/csv-import-result.dto'),
    ['./insights/dto/insights-response.dto']: await import('./insights/dto/insights-response.dto'),
    ['./interop/dto/import-result.dto']: await import('./interop/dto/import-result.dto'),
    ['./planner/dto/conflict-report.dto']: await import('./planner/dto/conflict-report.dto'),
    ['./speakers/dto/create-speaker.dto']: await import('./speakers/dto/create-speaker.dto'),
    ['./planner/dto/create-proposal.dto']: await import('./planner/dto/create-proposal.dto'),
    ['./planner/dto/proposal-response.dto']: await import('./planner/dto/proposal-response.dto'),
    ['./health/dto/health-response.dto']: await import('./health/dto/health-response.dto'),
    ['./presentations/dto/create-presentation.dto']: await import('./presentations/dto/create-presentation.dto'),
    ['./common/dto/error-response.dto']: await import('./common/dto/error-response.dto'),
    ['./agendas/dto/agenda.dto']: await import('./agendas/dto/agenda.dto'),
    ['./members/dto/member.dto']: await import('./members/dto/member.dto'),
    ['./tokens/dto/token.dto']: await import('./tokens/dto/token.dto'),
    ['./webhooks/dto/webhook-response.dto']: await import('./webhooks/dto/webhook-response.dto'),
  };
  return {
    '@nestjs/swagger': {
      models: [
        [
          import('./agendas/dto/agenda.dto'),
          {
            AgendaBodyDto: {
              sessionIds: {
                required: true,
                type: () => [String],
                description: 'Starred sessions of the event.',
                format: 'uuid',
                maxItems: 1000,
              },
            },
            AgendaResponseDto: {
              token: {
                required: true,
                type: () => String,
                description: 'The only key to this agenda; keep it secret.',
              },
              eventId: { required: true, type: () => String },
              sessionIds: { required: true, type: () => [String] },
              feedUrl: { required: true, type: () => String, description: 'https link of the personal calendar feed' },
              webcalUrl: { required: true, type: () => String, description: 'webcal link of the same feed' },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('./common/dto/pagination.dto'),
          {
            PaginationQueryDto: {
              page: {
                required: false,
                type: () => Number,
                description: 'Page number, from 1.',
                default: 1,
                minimum: 1,
              },
              limit: {
                required: false,
                type: () => Number,
                description: 'Page size: default 50, at most 500.',
                default: 50,
                minimum: 1,
                maximum: 500,
              },
            },
          },
        ],
        [
          import('./audit/dto/audit-entry-response.dto'),
          {
            AuditActorDto: {
              type: { required: true, enum: ['user', 'token'] },
              id: { required: true, type: () => String, description: "The user's or token's id." },
              name: { required: true, type: () => String },
            },
            AuditEntryResponseDto: {
              id: { required: true, type: () => String },
              at: { required: true, type: () => String },
              actor: { required: true, type: () => t['./audit/dto/audit-entry-response.dto'].AuditActorDto },
              method: { required: true, type: () => String },
              route: {
                required: true,
                type: () => String,
                description: 'The route with placeholders, e.g. /api/events/:eventId/sessions/:id',
              },
              entity: { required: true, type: () => String },
              entityId: { required: false, type: () => String },
              status: { required: true, type: () => Number, description: 'HTTP status of the answer.' },
              changes: {
                required: false,
                type: 'object',
                additionalProperties: true,
                nullable: true,
                description: 'For each changed field, its value before and after.',
              },
              requestId: { required: true, type: () => String },
            },
            AuditPageDto: {},
          },
        ],
        [
          import('./members/dto/member.dto'),
          {
            AddMemberDto: {
              email: {
                required: true,
                type: () => String,
                description: "An existing account's e-mail.",
                maxLength: 254,
                format: 'email',
              },
              role: { required: true, enum: ['owner', 'editor', 'viewer'] },
            },
            UpdateMemberDto: { role: { required: true, enum: ['owner', 'editor', 'viewer'] } },
            MemberResponseDto: {
              userId: { required: true, type: () => String },
              email: { required: true, type: () => String },
              name: { required: true, type: () => String },
              role: { required: true, enum: ['owner', 'editor', 'viewer'] },
            },
          },
        ],
        [
          import('./tokens/dto/token.dto'),
          {
            CreateTokenDto: {
              name: { required: true, type: () => String, example: 'Conference app', maxLength: 100 },
              scopes: {
                required: true,
                type: () => [Object],
                enum: ['read', 'write'],
                isArray: true,
                uniqueItems: true,
                minItems: 1,
              },
              eventId: {
                required: false,
                type: () => String,
                description: 'Bind the token to one event.',
                format: 'uuid',
              },
              expiresAt: { required: false, type: () => String },
            },
            TokenResponseDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              prefix: {
                required: true,
                type: () => String,
                description: 'Visible part for recognising a token in lists; the secret is shown only once.',
              },
              scopes: { required: true, type: () => [Object], enum: ['read', 'write'], isArray: true },
              eventId: { required: false, type: () => String },
              createdAt: { required: true, type: () => String },
              expiresAt: { required: false, type: () => String },
              lastUsedAt: { required: false, type: () => String },
            },
            CreatedTokenResponseDto: {
              token: {
                required: true,
                type: () => String,
                description: '`Authorization: Bearer <token>`; shown this once.',
              },
            },
            TokenPageDto: {},
          },
        ],
        [
          import('./auth/dto/auth.dto'),
          {
            SignupDto: {
              email: { required: true, type: () => String, maxLength: 254, format: 'email' },
              password: {
                required: true,
                type: () => String,
                description: 'At least 12 characters; common passwords are refused.',
                maxLength: 128,
              },
              name: { required: true, type: () => String, maxLength: 200 },
              setupCode: {
                required: false,
                type: () => String,
                description:
                  'The one-time code from the server log; needed for the first account of an instance that listens beyond loopback.',
                maxLength: 64,
              },
            },
            LoginDto: {
              email: { required: true, type: () => String, maxLength: 254 },
              password: { required: true, type: () => String, maxLength: 128 },
            },
            ChangePasswordDto: {
              currentPassword: { required: true, type: () => String, maxLength: 128 },
              newPassword: { required: true, type: () => String, maxLength: 128 },
            },
            UserResponseDto: {
              id: { required: true, type: () => String },
              email: { required: true, type: () => String },
              name: { required: true, type: () => String },
              isAdmin: { required: true, type: () => Boolean },
            },
            SessionInfoDto: {
              id: { required: true, type: () => String },
              createdAt: { required: true, type: () => String },
              lastSeenAt: { required: true, type: () => String },
              idleExpiresAt: {
                required: true,
                type: () => String,
                description: 'When the session ends unless used again (30 minutes idle, sliding).',
              },
              absoluteExpiresAt: {
                required: true,
                type: () => String,
                description: 'When the session ends regardless of use.',
              },
              current: { required: true, type: () => Boolean },
            },
            MeResponseDto: {
              user: { required: true, type: () => t['./auth/dto/auth.dto'].UserResponseDto },
              session: { required: false, type: () => t['./auth/dto/auth.dto'].SessionInfoDto },
              authenticatedBy: { required: true, enum: ['token', 'session'] },
            },
          },
        ],
        [
          import('./events/dto/create-event.dto'),
          {
            CreateEventDto: {
              name: { required: true, type: () => String, example: 'DevConf 2026', maxLength: 300 },
              slug: {
                required: false,
                type: () => String,
                description: 'URL name; derived from the name when omitted.',
                example: 'devconf-2026',
                pattern: '^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$',
              },
              timezone: {
                required: true,
                type: () => String,
                description: 'IANA time zone of the venue.',
                example: 'Europe/Berlin',
              },
              startDate: {
                required: true,
                type: () => String,
                description: 'First day, local date.',
                example: '2026-03-10',
              },
              endDate: {
                required: true,
                type: () => String,
                description: 'Last day, local date (inclusive).',
                example: '2026-03-11',
              },
              venue: { required: false, type: () => String, maxLength: 300 },
              description: { required: false, type: () => String, maxLength: 20000 },
              status: {
                required: false,
                description:
                  'Only "draft" (to unpublish): publishing goes through POST /api/events/:eventId/publish, which freezes a version.',
                enum: ['published', 'draft'],
              },
            },
          },
        ],
        [
          import('./events/dto/event-response.dto'),
          {
            EventResponseDto: {
              id: { required: true, type: () => String },
              slug: { required: true, type: () => String },
              name: { required: true, type: () => String },
              timezone: { required: true, type: () => String },
              startDate: { required: true, type: () => String },
              endDate: { required: true, type: () => String },
              venue: { required: false, type: () => String },
              description: { required: false, type: () => String },
              status: { required: true, enum: ['published', 'draft'] },
              version: { required: true, type: () => Number },
              programVersion: {
                required: true,
                type: () => Number,
                description: 'Changes with every write to the program; cheap to poll.',
              },
              days: {
                required: true,
                type: () => [String],
                description: 'The local dates of the event, first to last.',
              },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
            },
            EventPageDto: {},
          },
        ],
        [
          import('./common/dto/version.dto'),
          {
            VersionedDto: {
              version: {
                required: false,
                type: () => Number,
                description: 'The version the client last read; a stale one gets 412.',
                minimum: 1,
                maximum: 2147483647,
              },
            },
          },
        ],
        [import('./events/dto/update-event.dto'), { UpdateEventDto: {} }],
        [
          import('./rooms/dto/room-response.dto'),
          {
            RoomResponseDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              capacity: { required: false, type: () => Number },
              position: { required: true, type: () => Number },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('./presentations/dto/presentation-response.dto'),
          {
            PresentationAuthorDto: {
              speakerId: { required: false, type: () => String },
              name: { required: true, type: () => String },
            },
            PresentationResponseDto: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              authors: {
                required: true,
                type: () => [t['./presentations/dto/presentation-response.dto'].PresentationAuthorDto],
              },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              abstract: { required: false, type: () => String },
              position: { required: true, type: () => Number },
              version: { required: true, type: () => Number },
            },
            PresentationPageDto: {},
          },
        ],
        [
          import('./sessions/dto/session-response.dto'),
          {
            SessionSpeakerResponseDto: {
              speakerId: { required: true, type: () => String },
              role: { required: true, enum: ['speaker', 'moderator', 'chair', 'author'] },
              name: { required: true, type: () => String },
            },
            SessionWarningDto: {
              kind: { required: true, enum: ['availability', 'break', 'capacity', 'track'] },
              message: { required: true, type: () => String },
              sessionId: { required: false, type: () => String },
              speakerId: { required: false, type: () => String },
              slotId: { required: false, type: () => String },
            },
            SessionResponseDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              title: { required: true, type: () => String },
              subtitle: { required: false, type: () => String },
              abstract: { required: false, type: () => String },
              description: { required: false, type: () => String },
              numericId: {
                required: true,
                type: () => Number,
                description: 'Stable integer id (the frab/c3voc event id).',
              },
              externalId: {
                required: false,
                type: () => String,
                description: 'The guid this session had in an imported file.',
              },
              type: {
                required: true,
                enum: [
                  'keynote',
                  'talk',
                  'panel',
                  'workshop',
                  'tutorial',
                  'paper-session',
                  'poster-session',
                  'breakout',
                  'lightning',
                  'social',
                  'other',
                ],
              },
              status: { required: true, enum: ['confirmed', 'tentative', 'cancelled'] },
              trackId: { required: false, type: () => String },
              roomId: { required: false, type: () => String },
              slotId: { required: false, type: () => String },
              startsAt: { required: false, type: () => String },
              endsAt: { required: false, type: () => String },
              durationMinutes: { required: false, type: () => Number },
              language: { required: false, type: () => String },
              expectedAttendance: { required: false, type: () => Number },
              pinned: { required: true, type: () => Boolean },
              url: { required: false, type: () => String },
              links: {
                required: false,
                type: () => [
                  { href: { required: true, type: () => String }, title: { required: false, type: () => String } },
                ],
              },
              speakers: {
                required: true,
                type: () => [t['./sessions/dto/session-response.dto'].SessionSpeakerResponseDto],
              },
              presentations: {
                required: true,
                type: () => [t['./presentations/dto/presentation-response.dto'].PresentationResponseDto],
              },
              version: { required: true, type: () => Number },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
              warnings: {
                required: false,
                type: () => [t['./sessions/dto/session-response.dto'].SessionWarningDto],
                description: 'Soft conflicts found by the write that returned this session.',
              },
            },
            SessionPageDto: {
              items: { required: true, type: () => [t['./sessions/dto/session-response.dto'].SessionResponseDto] },
              total: { required: true, type: () => Number },
              page: { required: true, type: () => Number },
              limit: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('./slots/dto/slot-response.dto'),
          {
            SlotResponseDto: {
              id: { required: true, type: () => String },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              kind: { required: true, enum: ['parallel', 'plenary', 'break'] },
              label: { required: false, type: () => String },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('./speakers/dto/speaker-response.dto'),
          {
            AvailabilityWindowResponseDto: {
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
            },
            SpeakerResponseDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              affiliation: { required: false, type: () => String },
              bio: { required: false, type: () => String },
              email: { required: false, type: () => String },
              availability: {
                required: false,
                type: () => [t['./speakers/dto/speaker-response.dto'].AvailabilityWindowResponseDto],
              },
              externalId: {
                required: false,
                type: () => String,
                description: 'How an imported file identified this person (e.g. `id:5735`).',
              },
              version: { required: true, type: () => Number },
            },
            SpeakerPageDto: {},
          },
        ],
        [
          import('./tracks/dto/track-response.dto'),
          {
            TrackResponseDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              color: { required: false, type: () => String },
              description: { required: false, type: () => String },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('./versions/dto/publish.dto'),
          {
            PublishDto: {
              name: {
                required: false,
                type: () => String,
                description: 'Optional label, e.g. "Final".',
                maxLength: 100,
              },
            },
          },
        ],
        [
          import('./sessions/dto/list-sessions.query.dto'),
          {
            ListSessionsQueryDto: {
              day: {
                required: false,
                type: () => String,
                description: "Local date in the event's time zone: sessions starting that day.",
                example: '2026-03-10',
              },
              track: { required: false, type: () => String, format: 'uuid' },
              room: { required: false, type: () => String, format: 'uuid' },
              speaker: { required: false, type: () => String, format: 'uuid' },
              type: {
                required: false,
                enum: [
                  'keynote',
                  'talk',
                  'panel',
                  'workshop',
                  'tutorial',
                  'paper-session',
                  'poster-session',
                  'breakout',
                  'lightning',
                  'social',
                  'other',
                ],
              },
              status: { required: false, enum: ['confirmed', 'tentative', 'cancelled'] },
              q: {
                required: false,
                type: () => String,
                description: 'Text search in title, subtitle and abstract (case-insensitive).',
                maxLength: 200,
              },
            },
          },
        ],
        [
          import('./versions/dto/version-response.dto'),
          {
            VersionSummaryDto: {
              number: { required: true, type: () => Number },
              name: { required: false, type: () => String },
              publishedAt: { required: true, type: () => String },
              changeCount: { required: true, type: () => Number, description: "Entries in this version's changelog." },
              sessionCount: { required: true, type: () => Number },
            },
            VersionPageDto: {},
            PublishResponseDto: {
              publishedVersion: {
                required: true,
                type: () => t['./versions/dto/version-response.dto'].VersionSummaryDto,
                description: 'The version this publish created.',
              },
            },
            ChangedSessionDto: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
            },
            AddedSessionDto: {
              startsAt: { required: false, type: () => String },
              endsAt: { required: false, type: () => String },
              room: { required: false, type: () => String, description: 'Room name.' },
            },
            RemovedChangeDto: {
              startsAt: { required: false, type: () => String },
              room: { required: false, type: () => String },
            },
            PlaceDto: {
              startsAt: { required: false, type: () => String },
              endsAt: { required: false, type: () => String },
              room: { required: false, type: () => String },
            },
            MovedSessionDto: {
              before: { required: true, type: () => t['./versions/dto/version-response.dto'].PlaceDto },
              after: { required: true, type: () => t['./versions/dto/version-response.dto'].PlaceDto },
            },
            TimesDto: {
              startsAt: { required: false, type: () => String },
              endsAt: { required: false, type: () => String },
            },
            RetimedSessionDto: {
              before: { required: true, type: () => t['./versions/dto/version-response.dto'].TimesDto },
              after: { required: true, type: () => t['./versions/dto/version-response.dto'].TimesDto },
            },
            RenamedSessionDto: {
              before: { required: true, type: () => String },
              after: { required: true, type: () => String },
            },
            SpeakersChangedDto: {
              before: {
                required: true,
                type: () => [String],
                description: 'Speaker names, with the role in brackets when it is not "speaker".',
              },
              after: { required: true, type: () => [String] },
            },
            OtherChangeDto: {
              fields: { required: true, type: () => [String], description: 'The fields that changed.' },
            },
            ChangelogDto: {
              added: { required: true, type: () => [t['./versions/dto/version-response.dto'].AddedSessionDto] },
              removed: { required: true, type: () => [t['./versions/dto/version-response.dto'].RemovedChangeDto] },
              cancelled: { required: true, type: () => [t['./versions/dto/version-response.dto'].ChangedSessionDto] },
              moved: { required: true, type: () => [t['./versions/dto/version-response.dto'].MovedSessionDto] },
              retimed: { required: true, type: () => [t['./versions/dto/version-response.dto'].RetimedSessionDto] },
              renamed: { required: true, type: () => [t['./versions/dto/version-response.dto'].RenamedSessionDto] },
              speakersChanged: {
                required: true,
                type: () => [t['./versions/dto/version-response.dto'].SpeakersChangedDto],
              },
              otherChanges: { required: true, type: () => [t['./versions/dto/version-response.dto'].OtherChangeDto] },
            },
            ChangesResponseDto: {
              number: { required: true, type: () => Number, description: 'The newer version.' },
              since: {
                required: true,
                type: () => Number,
                description: 'The older version compared against (0: nothing published before).',
              },
              changes: { required: true, type: () => t['./versions/dto/version-response.dto'].ChangelogDto },
            },
            PublishPreviewDto: {
              nextNumber: { required: true, type: () => Number },
              changes: { required: true, type: () => t['./versions/dto/version-response.dto'].ChangelogDto },
            },
            PublishedSessionDto: {
              sequence: {
                required: true,
                type: () => Number,
                description: 'iCal SEQUENCE: rises only when a publish changes its time, room or status.',
              },
              lastPublishedChange: {
                required: true,
                type: () => String,
                description: 'Instant of the publish that last changed it.',
              },
            },
            RemovedSessionDto: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              type: {
                required: true,
                enum: [
                  'keynote',
                  'talk',
                  'panel',
                  'workshop',
                  'tutorial',
                  'paper-session',
                  'poster-session',
                  'breakout',
                  'lightning',
                  'social',
                  'other',
                ],
              },
              startsAt: { required: false, type: () => String },
              endsAt: { required: false, type: () => String },
              roomId: { required: false, type: () => String },
              trackId: { required: false, type: () => String },
              speakers: {
                required: true,
                type: () => [t['./sessions/dto/session-response.dto'].SessionSpeakerResponseDto],
              },
              sequence: { required: true, type: () => Number },
              lastPublishedChange: { required: true, type: () => String },
            },
            PublishedProgramDto: {
              event: { required: true, type: () => t['./events/dto/event-response.dto'].EventResponseDto },
              tracks: { required: true, type: () => [t['./tracks/dto/track-response.dto'].TrackResponseDto] },
              rooms: { required: true, type: () => [t['./rooms/dto/room-response.dto'].RoomResponseDto] },
              slots: { required: true, type: () => [t['./slots/dto/slot-response.dto'].SlotResponseDto] },
              speakers: {
                required: true,
                type: () => [t['./speakers/dto/speaker-response.dto'].SpeakerResponseDto],
                description: 'Without e-mail and availability.',
              },
              sessions: { required: true, type: () => [t['./versions/dto/version-response.dto'].PublishedSessionDto] },
              removed: {
                required: true,
                type: () => [t['./versions/dto/version-response.dto'].RemovedSessionDto],
                description: 'Sessions that were public once and are gone; feeds keep them as cancelled.',
              },
            },
          },
        ],
        [
          import('./versions/dto/changes-since-query.dto'),
          {
            ChangesSinceQueryDto: {
              since: {
                required: true,
                type: () => Number,
                description: 'The version the client has; 0 for "from the beginning".',
                minimum: 0,
                maximum: 2147483647,
              },
            },
          },
        ],
        [
          import('./backup/dto/backup-document.dto'),
          {
            BackupDocumentDto: {
              format: { required: true, type: () => String },
              formatVersion: { required: true },
              exportedAt: { required: true, type: () => String },
              event: { required: true, type: () => t['./backup/dto/backup-document.dto'].BackupEventDto },
              tracks: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupTrackDto] },
              rooms: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupRoomDto] },
              slots: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupSlotDto] },
              speakers: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupSpeakerDto] },
              sessions: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupSessionDto] },
              presentations: {
                required: true,
                type: () => [t['./backup/dto/backup-document.dto'].BackupPresentationDto],
              },
              agendas: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupAgendaDto] },
            },
            BackupEventDto: {
              id: { required: true, type: () => String },
              slug: { required: true, type: () => String },
              name: { required: true, type: () => String },
              timezone: { required: true, type: () => String },
              startDate: { required: true, type: () => String },
              endDate: { required: true, type: () => String },
              venue: { required: true, type: () => String, nullable: true },
              description: { required: true, type: () => String, nullable: true },
              status: { required: true, enum: ['published', 'draft'] },
              version: { required: true, type: () => Number },
              programVersion: { required: true, type: () => Number },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
            },
            BackupTrackDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              color: { required: true, type: () => String, nullable: true },
              description: { required: true, type: () => String, nullable: true },
              version: { required: true, type: () => Number },
            },
            BackupRoomDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              capacity: { required: true, type: () => Number, nullable: true },
              position: { required: true, type: () => Number },
              externalId: { required: true, type: () => String, nullable: true },
              version: { required: true, type: () => Number },
            },
            BackupSlotDto: {
              id: { required: true, type: () => String },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              kind: { required: true, enum: ['parallel', 'plenary', 'break'] },
              label: { required: true, type: () => String, nullable: true },
              version: { required: true, type: () => Number },
            },
            BackupWindowDto: {
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
            },
            BackupSpeakerDto: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              affiliation: { required: true, type: () => String, nullable: true },
              bio: { required: true, type: () => String, nullable: true },
              email: { required: true, type: () => String, nullable: true },
              availability: {
                required: true,
                type: () => [t['./backup/dto/backup-document.dto'].BackupWindowDto],
                nullable: true,
              },
              externalId: { required: true, type: () => String, nullable: true },
              version: { required: true, type: () => Number },
            },
            BackupSessionSpeakerDto: {
              speakerId: { required: true, type: () => String },
              role: { required: true, enum: ['speaker', 'moderator', 'chair', 'author'] },
              position: { required: true, type: () => Number },
            },
            BackupLinkDto: {
              href: { required: true, type: () => String },
              title: { required: false, type: () => String },
            },
            BackupSessionDto: {
              id: { required: true, type: () => String },
              numericId: { required: true, type: () => Number, nullable: true },
              externalId: { required: true, type: () => String, nullable: true },
              title: { required: true, type: () => String },
              subtitle: { required: true, type: () => String, nullable: true },
              abstract: { required: true, type: () => String, nullable: true },
              description: { required: true, type: () => String, nullable: true },
              type: {
                required: true,
                enum: [
                  'keynote',
                  'talk',
                  'panel',
                  'workshop',
                  'tutorial',
                  'paper-session',
                  'poster-session',
                  'breakout',
                  'lightning',
                  'social',
                  'other',
                ],
              },
              status: { required: true, enum: ['confirmed', 'tentative', 'cancelled'] },
              trackId: { required: true, type: () => String, nullable: true },
              roomId: { required: true, type: () => String, nullable: true },
              slotId: { required: true, type: () => String, nullable: true },
              startsAt: { required: true, type: () => String, nullable: true },
              endsAt: { required: true, type: () => String, nullable: true },
              durationMinutes: { required: true, type: () => Number, nullable: true },
              language: { required: true, type: () => String, nullable: true },
              expectedAttendance: { required: true, type: () => Number, nullable: true },
              pinned: { required: true, type: () => Boolean },
              url: { required: true, type: () => String, nullable: true },
              links: {
                required: true,
                type: () => [t['./backup/dto/backup-document.dto'].BackupLinkDto],
                nullable: true,
              },
              speakers: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupSessionSpeakerDto] },
              version: { required: true, type: () => Number },
              sequence: { required: true, type: () => Number },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
              deletedAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Set on the tombstone of a session deleted after publishing.',
              },
            },
            BackupAuthorDto: {
              speakerId: { required: false, type: () => String },
              name: { required: true, type: () => String },
            },
            BackupPresentationDto: {
              id: { required: true, type: () => String },
              sessionId: { required: true, type: () => String },
              title: { required: true, type: () => String },
              authors: { required: true, type: () => [t['./backup/dto/backup-document.dto'].BackupAuthorDto] },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              abstract: { required: true, type: () => String, nullable: true },
              position: { required: true, type: () => Number },
              version: { required: true, type: () => Number },
            },
            BackupAgendaDto: {
              id: { required: true, type: () => String },
              tokenHash: {
                required: true,
                type: () => String,
                description: "SHA-256 (hex) of the agenda's token: the restored agenda answers to the same token.",
              },
              sessionIds: { required: true, type: () => [String] },
              version: { required: true, type: () => Number },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
            },
          },
        ],
        [
          import('./backup/dto/restore-result.dto'),
          {
            RestoreCountsDto: {
              tracks: { required: true, type: () => Number },
              rooms: { required: true, type: () => Number },
              slots: { required: true, type: () => Number },
              speakers: { required: true, type: () => Number },
              sessions: {
                required: true,
                type: () => Number,
                description: 'Including tombstones of deleted sessions.',
              },
              presentations: { required: true, type: () => Number },
              agendas: {
                required: true,
                type: () => Number,
                description: 'Agendas restored; skipped ones are listed in `skippedAgendas`.',
              },
            },
            RestoreConflictDto: {
              kind: { required: true, enum: ['room', 'speaker'] },
              sessionId: { required: true, type: () => String },
              title: { required: true, type: () => String },
              otherSessionId: {
                required: true,
                type: () => String,
                description: 'The other session of the clashing pair.',
              },
              otherTitle: { required: true, type: () => String },
              overlapStart: { required: true, type: () => String },
              overlapEnd: { required: true, type: () => String },
              roomId: { required: false, type: () => String },
              speakerId: { required: false, type: () => String },
            },
            SkippedAgendaDto: {
              path: {
                required: true,
                type: () => String,
                description: 'Where the agenda is in the document, e.g. "agendas[0]".',
              },
              id: { required: true, type: () => String, description: 'Its id in the document.' },
              reason: { required: true, type: () => String },
            },
            RestoreResultDto: {
              event: {
                required: true,
                type: () => t['./events/dto/event-response.dto'].EventResponseDto,
                description: 'The new event.',
              },
              counts: { required: true, type: () => t['./backup/dto/restore-result.dto'].RestoreCountsDto },
              conflicts: {
                required: true,
                type: () => [t['./backup/dto/restore-result.dto'].RestoreConflictDto],
                description: 'Room and speaker double bookings the document holds; restored as they were.',
              },
              skippedAgendas: { required: true, type: () => [t['./backup/dto/restore-result.dto'].SkippedAgendaDto] },
            },
          },
        ],
        [
          import('./calendar/dto/feed-directory.dto'),
          {
            FeedDto: {
              id: {
                required: false,
                type: () => String,
                description: "The track's, room's or speaker's id (absent for the whole event).",
              },
              name: { required: true, type: () => String },
              feedUrl: {
                required: true,
                type: () => String,
                description: 'https link: copy it, or "add by URL" in Google Calendar.',
              },
              webcalUrl: {
                required: true,
                type: () => String,
                description: 'webcal link: one-click subscribe in Apple Calendar, Outlook, Thunderbird.',
              },
            },
            FeedDirectoryDto: {
              event: { required: true, type: () => t['./calendar/dto/feed-directory.dto'].FeedDto },
              tracks: { required: true, type: () => [t['./calendar/dto/feed-directory.dto'].FeedDto] },
              rooms: { required: true, type: () => [t['./calendar/dto/feed-directory.dto'].FeedDto] },
              speakers: { required: true, type: () => [t['./calendar/dto/feed-directory.dto'].FeedDto] },
            },
          },
        ],
        [
          import('./sessions/dto/create-session.dto'),
          {
            SessionSpeakerDto: {
              speakerId: { required: true, type: () => String, format: 'uuid' },
              role: {
                required: false,
                description: 'Defaults to "speaker".',
                enum: ['speaker', 'moderator', 'chair', 'author'],
              },
            },
            SessionLinkDto: {
              href: { required: true, type: () => String, maxLength: 500, format: 'uri' },
              title: { required: false, type: () => String, maxLength: 300 },
            },
            CreateSessionDto: {
              title: { required: true, type: () => String, example: 'Opening keynote', maxLength: 300 },
              subtitle: { required: false, type: () => String, nullable: true, maxLength: 300 },
              abstract: { required: false, type: () => String, nullable: true, maxLength: 50000 },
              description: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Longer text beside the abstract.',
                maxLength: 100000,
              },
              type: {
                required: true,
                enum: [
                  'keynote',
                  'talk',
                  'panel',
                  'workshop',
                  'tutorial',
                  'paper-session',
                  'poster-session',
                  'breakout',
                  'lightning',
                  'social',
                  'other',
                ],
              },
              status: {
                required: false,
                description: 'Defaults to "confirmed".',
                enum: ['confirmed', 'tentative', 'cancelled'],
              },
              trackId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              roomId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              slotId: {
                required: false,
                type: () => String,
                nullable: true,
                description:
                  "Placing a session into a slot sets its start to the slot's start unless startsAt is given.",
                format: 'uuid',
              },
              startsAt: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Omit (with endsAt) for an unscheduled backlog session.',
                example: '2026-03-10T09:00:00+01:00',
              },
              endsAt: { required: false, type: () => String, nullable: true, example: '2026-03-10T10:00:00+01:00' },
              durationMinutes: {
                required: false,
                type: () => Number,
                nullable: true,
                description: 'Length in minutes; used when endsAt is omitted, and kept for backlog sessions.',
                minimum: 1,
                maximum: 10080,
              },
              language: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'BCP 47 language tag.',
                example: 'en',
                pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$',
              },
              expectedAttendance: { required: false, type: () => Number, nullable: true, minimum: 0, maximum: 1000000 },
              pinned: {
                required: false,
                type: () => Boolean,
                description: 'Pinned sessions are never moved by the auto-scheduler.',
              },
              url: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Page of the session elsewhere (recording, pretalx page).',
                maxLength: 500,
                format: 'uri',
              },
              links: {
                required: false,
                type: () => [t['./sessions/dto/create-session.dto'].SessionLinkDto],
                nullable: true,
                maxItems: 50,
              },
              speakers: {
                required: false,
                type: () => [t['./sessions/dto/create-session.dto'].SessionSpeakerDto],
                description: 'In order of appearance.',
                maxItems: 50,
              },
            },
          },
        ],
        [import('./sessions/dto/update-session.dto'), { UpdateSessionDto: {} }],
        [
          import('./csv/dto/csv-import-result.dto'),
          {
            CsvImportWarningDto: {
              row: { required: true, type: () => Number, description: 'Spreadsheet row number (the header is row 1).' },
              kind: {
                required: true,
                type: () => String,
                description: 'A soft-conflict kind (e.g. "room-capacity"), or "time" / "name" for how a cell was read.',
              },
              message: { required: true, type: () => String },
            },
            CsvImportResultDto: {
              dryRun: {
                required: true,
                type: () => Boolean,
                description: 'true: everything was checked and rolled back.',
              },
              created: { required: true, type: () => Number },
              updated: { required: true, type: () => Number },
              unchanged: {
                required: true,
                type: () => Number,
                description: 'Rows identical to the stored session; not written.',
              },
              createdTracks: {
                required: true,
                type: () => [String],
                description: 'Names the event did not know, created by the import.',
              },
              createdRooms: { required: true, type: () => [String] },
              createdSpeakers: { required: true, type: () => [String] },
              warnings: { required: true, type: () => [t['./csv/dto/csv-import-result.dto'].CsvImportWarningDto] },
            },
          },
        ],
        [
          import('./csv/dto/csv-import-query.dto'),
          {
            CsvImportQueryDto: {
              dryRun: {
                required: false,
                type: () => Boolean,
                description: 'Check every row inside the transaction, report, then roll back.',
              },
            },
          },
        ],
        [
          import('./insights/dto/insights-query.dto'),
          {
            InsightsQueryDto: {
              noShowRate: {
                required: false,
                type: () => Number,
                description:
                  'Share of interested people expected not to come, 0 to 0.95 (default from NO_SHOW_PERCENT).',
                example: 0.2,
                minimum: 0,
                maximum: 0.95,
              },
            },
          },
        ],
        [
          import('./insights/dto/insights-response.dto'),
          {
            SuggestionStepDto: {
              sessionId: { required: true, type: () => String },
              ifMatch: { required: true, type: () => Number, description: 'The version to send as If-Match.' },
              roomId: { required: true, type: () => String, nullable: true },
            },
            RoomSuggestionDto: {
              kind: { required: true, enum: ['move', 'swap'] },
              roomId: { required: true, type: () => String },
              roomName: { required: true, type: () => String },
              capacity: { required: true, type: () => Number },
              withSessionId: { required: false, type: () => String, description: 'Swaps only.' },
              withTitle: { required: false, type: () => String },
              withProjectedAttendance: { required: false, type: () => Number },
              steps: { required: true, type: () => [t['./insights/dto/insights-response.dto'].SuggestionStepDto] },
            },
            InsightTotalsDto: {
              agendas: { required: true, type: () => Number, description: 'personal agendas of the event' },
              agendasWithStars: {
                required: true,
                type: () => Number,
                description: 'agendas that star at least one session',
              },
              stars: {
                required: true,
                type: () => Number,
                description: 'stars on live sessions, all agendas together',
              },
              sessions: { required: true, type: () => Number },
            },
            SessionInsightDto: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              status: { required: true, type: () => String },
              trackId: { required: false, type: () => String },
              roomId: { required: false, type: () => String },
              slotId: { required: false, type: () => String },
              startsAt: { required: false, type: () => String },
              endsAt: { required: false, type: () => String },
              day: { required: false, type: () => String, description: "local date in the event's zone" },
              stars: {
                required: true,
                type: () => Number,
                description: 'agendas starring this session (an agenda stars a session at most once)',
              },
              share: { required: true, type: () => Number, description: 'stars / agendas of the event, 0..1' },
              expectedAttendance: { required: false, type: () => Number },
              projectedAttendance: {
                required: true,
                type: () => Number,
                description: 'max(stars, expected attendance) less the no-show rate',
              },
              capacity: { required: false, type: () => Number },
            },
            GroupInsightDto: {
              id: { required: true, type: () => String, description: 'track id, room id, slot id or local date' },
              name: { required: true, type: () => String },
              sessions: { required: true, type: () => Number },
              stars: {
                required: true,
                type: () => Number,
                description: 'sum of the stars of its non-cancelled sessions',
              },
              peakSessionId: { required: false, type: () => String },
              peakStars: { required: true, type: () => Number },
            },
            RoomInsightDto: { capacity: { required: false, type: () => Number } },
            SlotInsightDto: {
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              kind: { required: true, type: () => String },
            },
            DayWindowDto: {
              date: { required: true, type: () => String },
              startsAt: { required: true, type: () => String, description: "the heat map's time axis for that day" },
              endsAt: { required: true, type: () => String },
            },
            OverflowDto: {
              sessionId: { required: true, type: () => String },
              title: { required: true, type: () => String },
              roomId: { required: true, type: () => String },
              roomName: { required: true, type: () => String },
              capacity: { required: true, type: () => Number },
              stars: { required: true, type: () => Number },
              expectedAttendance: { required: false, type: () => Number },
              projectedAttendance: { required: true, type: () => Number },
              basis: { required: true, enum: ['interest', 'expected'] },
              overflowBy: { required: true, type: () => Number },
              suggestions: {
                required: true,
                type: () => [Object],
                description:
                  'read-only proposals; `steps` are PATCHes of /sessions/:id ({roomId}, If-Match) to apply in order',
              },
            },
            ReachDayDto: {
              day: { required: true, type: () => String, description: 'UTC date' },
              fetches: { required: true, type: () => Number },
              notModified: { required: true, type: () => Number, description: 'fetches answered 304' },
              subscriptions: {
                required: true,
                type: () => Number,
                description: 'distinct (feed, client) pairs of the day, summed over feeds',
              },
            },
            FeedReachDto: {
              kind: { required: true, enum: ['event', 'room', 'speaker', 'session', 'track', 'personal'] },
              id: {
                required: false,
                type: () => String,
                description:
                  'track/room/speaker/session id; absent for the whole-event feed and for personal feeds (all agendas together)',
              },
              name: { required: true, type: () => String },
              fetches: { required: true, type: () => Number },
              notModified: { required: true, type: () => Number },
              peakSubscribers: {
                required: true,
                type: () => Number,
                description: "the busiest day's distinct subscribers",
              },
              days: {
                required: true,
                type: () => [
                  {
                    day: { required: true, type: () => String },
                    fetches: { required: true, type: () => Number },
                    notModified: { required: true, type: () => Number },
                    subscribers: { required: true, type: () => Number },
                  },
                ],
              },
            },
            InsightsResponseDto: {
              eventId: { required: true, type: () => String },
              timezone: { required: true, type: () => String },
              generatedAt: { required: true, type: () => String },
              noShowRate: { required: true, type: () => Number },
              totals: { required: true, type: () => t['./insights/dto/insights-response.dto'].InsightTotalsDto },
              sessions: { required: true, type: () => [t['./insights/dto/insights-response.dto'].SessionInsightDto] },
              tracks: { required: true, type: () => [t['./insights/dto/insights-response.dto'].GroupInsightDto] },
              rooms: { required: true, type: () => [t['./insights/dto/insights-response.dto'].RoomInsightDto] },
              days: { required: true, type: () => [t['./insights/dto/insights-response.dto'].GroupInsightDto] },
              slots: { required: true, type: () => [t['./insights/dto/insights-response.dto'].SlotInsightDto] },
              grid: {
                required: true,
                type: () => ({
                  days: { required: true, type: () => [t['./insights/dto/insights-response.dto'].DayWindowDto] },
                }),
                description: 'axes of the room \u00D7 time heat map',
              },
              roomFit: {
                required: true,
                type: () => ({
                  overflows: { required: true, type: () => [t['./insights/dto/insights-response.dto'].OverflowDto] },
                }),
              },
              feedReach: {
                required: true,
                type: () => ({
                  days: { required: true, type: () => [t['./insights/dto/insights-response.dto'].ReachDayDto] },
                  feeds: { required: true, type: () => [t['./insights/dto/insights-response.dto'].FeedReachDto] },
                }),
              },
            },
          },
        ],
        [
          import('./interop/dto/import-query.dto'),
          {
            ImportQueryDto: {
              eventId: {
                required: false,
                type: () => String,
                description: 'Update this event instead of matching on the conference acronym.',
                format: 'uuid',
              },
              timezone: {
                required: false,
                type: () => String,
                description: 'IANA zone for files that name none (frab files often do not).',
              },
            },
          },
        ],
        [
          import('./interop/dto/import-result.dto'),
          {
            ImportCountsDto: {
              sessions: { required: true, type: () => Number },
              rooms: { required: true, type: () => Number },
              tracks: { required: true, type: () => Number },
              speakers: { required: true, type: () => Number },
            },
            ImportChangesDto: {
              added: { required: true, type: () => Number },
              updated: { required: true, type: () => Number },
              unchanged: { required: true, type: () => Number },
              removed: { required: true, type: () => Number },
            },
            ImportResultDto: {
              event: { required: true, type: () => t['./events/dto/event-response.dto'].EventResponseDto },
              counts: { required: true, type: () => t['./interop/dto/import-result.dto'].ImportCountsDto },
              changes: {
                required: true,
                type: () => t['./interop/dto/import-result.dto'].ImportChangesDto,
                description: 'Sessions added, updated, unchanged and removed by this import.',
              },
              conflicts: {
                required: true,
                type: () => [t['./backup/dto/restore-result.dto'].RestoreConflictDto],
                description: 'Room and speaker double bookings in the imported program (kept as imported).',
              },
              created: { required: true, type: () => Boolean, description: 'true when the import created the event.' },
            },
          },
        ],
        [
          import('./planner/dto/conflict-report.dto'),
          {
            ConflictsQueryDto: {
              minAgendas: {
                required: false,
                type: () => Number,
                description:
                  'Report attendee clashes of sessions starred together by at least this many agendas (default 2, or 1% of agendas if more).',
                minimum: 1,
                maximum: 1000000,
              },
            },
            ConflictSessionDto: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              roomId: { required: false, type: () => String },
            },
            ConflictDto: {
              kind: {
                required: true,
                enum: ['room', 'speaker', 'availability', 'break', 'capacity', 'track', 'attendees'],
              },
              hard: {
                required: true,
                type: () => Boolean,
                description: 'room and speaker double bookings are hard; the rest are soft',
              },
              severity: { required: true, enum: ['error', 'warning', 'info'] },
              message: { required: true, type: () => String },
              sessions: { required: true, type: () => [t['./planner/dto/conflict-report.dto'].ConflictSessionDto] },
              overlapStart: { required: false, type: () => String },
              overlapEnd: { required: false, type: () => String },
              roomId: { required: false, type: () => String },
              speakerId: { required: false, type: () => String },
              trackId: { required: false, type: () => String },
              slotId: { required: false, type: () => String },
              agendas: {
                required: false,
                type: () => Number,
                description: 'attendees: how many agendas starred both sessions',
              },
            },
            ConflictReportDto: {
              eventId: { required: true, type: () => String },
              programVersion: { required: true, type: () => Number },
              agendaCount: {
                required: true,
                type: () => Number,
                description: 'Agendas of the event; attendee clashes are counted over them.',
              },
              agendaThreshold: {
                required: true,
                type: () => Number,
                description: 'The minimum number of shared agendas an attendee clash needs to be listed.',
              },
              counts: {
                required: true,
                type: () => ({
                  hard: { required: true, type: () => Number },
                  soft: { required: true, type: () => Number },
                  byKind: { required: true, type: 'object', additionalProperties: { type: 'number' } },
                }),
              },
              conflicts: { required: true, type: () => [t['./planner/dto/conflict-report.dto'].ConflictDto] },
            },
          },
        ],
        [
          import('./speakers/dto/create-speaker.dto'),
          {
            AvailabilityWindowDto: {
              startsAt: { required: true, type: () => String, example: '2026-03-10T09:00:00+01:00' },
              endsAt: { required: true, type: () => String, example: '2026-03-10T13:00:00+01:00' },
            },
            CreateSpeakerDto: {
              name: { required: true, type: () => String, example: 'Ada Lovelace', maxLength: 200 },
              affiliation: { required: false, type: () => String, nullable: true, maxLength: 300 },
              bio: { required: false, type: () => String, nullable: true, maxLength: 20000 },
              email: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'Private: never shown in public feeds or exports.',
                maxLength: 254,
                format: 'email',
              },
              availability: {
                required: false,
                type: () => [t['./speakers/dto/create-speaker.dto'].AvailabilityWindowDto],
                nullable: true,
                description: 'When the speaker can be scheduled; omit or null for "any time".',
                maxItems: 100,
              },
            },
          },
        ],
        [
          import('./planner/dto/create-proposal.dto'),
          {
            PlannerWeightsDto: {
              attendeeClash: {
                required: false,
                type: () => Number,
                description: 'Per agenda and pair of its starred sessions running at once.',
                example: 1,
                minimum: 0,
                maximum: 1000000,
              },
              trackRoomSpread: {
                required: false,
                type: () => Number,
                description: 'Per room a track uses beyond its first.',
                example: 10,
                minimum: 0,
                maximum: 1000000,
              },
              trackBreak: {
                required: false,
                type: () => Number,
                description: "Per interruption of a track's back-to-back run in one room.",
                example: 3,
                minimum: 0,
                maximum: 1000000,
              },
              roomBalance: {
                required: false,
                type: () => Number,
                description: "Per hour\u00B2 of spread between the rooms' loads.",
                example: 1,
                minimum: 0,
                maximum: 1000000,
              },
              preferenceMiss: {
                required: false,
                type: () => Number,
                description: 'Per session placed outside its preferred times.',
                example: 50,
                minimum: 0,
                maximum: 1000000,
              },
            },
            PreferredTimesDto: {
              sessionId: { required: true, type: () => String, format: 'uuid' },
              windows: {
                required: true,
                type: () => [t['./speakers/dto/create-speaker.dto'].AvailabilityWindowDto],
                minItems: 1,
                maxItems: 50,
              },
            },
            CreateProposalDto: {
              scope: {
                required: false,
                description:
                  'unscheduled (default): place the backlog around the scheduled program; unpinned: re-plan every session that is not pinned.',
                enum: ['unscheduled', 'unpinned'],
              },
              slotIds: {
                required: false,
                type: () => [String],
                description: 'Slots the planner may use; default every parallel and plenary slot.',
                format: 'uuid',
                maxItems: 5000,
              },
              roomIds: {
                required: false,
                type: () => [String],
                description: 'Rooms the planner may use; default all.',
                format: 'uuid',
                maxItems: 5000,
              },
              timeLimitMs: {
                required: false,
                type: () => Number,
                description: 'The search stops here with the best valid schedule found.',
                example: 10000,
                minimum: 100,
              },
              seed: {
                required: false,
                type: () => Number,
                description:
                  'Same seed, same program, same options: same proposal (unless the time limit cuts the search short).',
                example: 1,
                minimum: 0,
              },
              iterations: {
                required: false,
                type: () => Number,
                description: 'Search moves; default 200 per session to place.',
                minimum: 0,
                maximum: 100000000,
              },
              weights: { required: false, type: () => t['./planner/dto/create-proposal.dto'].PlannerWeightsDto },
              preferences: {
                required: false,
                type: () => [t['./planner/dto/create-proposal.dto'].PreferredTimesDto],
                description: 'Preferred days/times of sessions.',
                maxItems: 5000,
              },
              plenaryTypes: {
                required: false,
                type: () => [Object],
                description: 'Session types allowed in plenary slots; default ["keynote"].',
                enum: [
                  'keynote',
                  'talk',
                  'panel',
                  'workshop',
                  'tutorial',
                  'paper-session',
                  'poster-session',
                  'breakout',
                  'lightning',
                  'social',
                  'other',
                ],
                isArray: true,
                maxItems: 20,
              },
            },
          },
        ],
        [
          import('./planner/dto/proposal-response.dto'),
          {
            ProposedPlacementDto: {
              sessionId: { required: true, type: () => String },
              title: { required: true, type: () => String },
              slotId: { required: true, type: () => String },
              roomId: { required: true, type: () => String },
              roomName: { required: true, type: () => String },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
              current: {
                required: false,
                type: () => ({
                  roomId: { required: false, type: () => String },
                  startsAt: { required: true, type: () => String },
                  endsAt: { required: true, type: () => String },
                }),
                description: 'Where the session is now, when it is scheduled.',
              },
              moves: {
                required: true,
                type: () => Boolean,
                description: 'false when the proposal leaves the session where it is',
              },
              reasons: {
                required: true,
                type: () => [String],
                description:
                  "Why it goes there: room fit, track, speakers' availability, attendee clashes, preferences.",
              },
            },
            ScoreDto: {
              total: {
                required: true,
                type: () => Number,
                description: 'The weighted sum the planner minimized; lower is better.',
              },
              attendeeClashes: {
                required: true,
                type: () => Number,
                description: 'Pairs of starred sessions of one agenda that run at once, summed over agendas.',
              },
              trackRoomSpread: { required: true, type: () => Number },
              trackBreaks: { required: true, type: () => Number },
              roomLoadSpreadMinutes: { required: true, type: () => Number },
              preferenceMisses: { required: true, type: () => Number },
              weights: {
                required: true,
                type: () => t['./planner/dto/create-proposal.dto'].PlannerWeightsDto,
                description: 'The weights used (the defaults filled in).',
              },
            },
            ProposalStatsDto: {
              seed: { required: true, type: () => Number },
              sessionsToPlace: { required: true, type: () => Number },
              fixedSessions: { required: true, type: () => Number },
              iterations: { required: true, type: () => Number },
              iterationBudget: { required: true, type: () => Number },
              firstValidMs: { required: true, type: () => Number },
              elapsedMs: { required: true, type: () => Number },
              stoppedBy: { required: true, enum: ['iterations', 'time-limit'] },
              constructionScore: {
                required: false,
                type: () => t['./planner/dto/proposal-response.dto'].ScoreDto,
                description: 'The score of the greedy construction, before the search improved it.',
              },
            },
            ProposalResponseDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              programVersion: {
                required: true,
                type: () => Number,
                description: 'The program version it was computed from; apply refuses it once the program changed.',
              },
              status: {
                required: true,
                description: 'open: can be applied; applied; stale: the program changed since.',
                enum: ['open', 'applied', 'stale'],
              },
              createdAt: { required: true, type: () => String },
              options: { required: true, type: 'object', additionalProperties: true },
              placements: {
                required: true,
                type: () => [t['./planner/dto/proposal-response.dto'].ProposedPlacementDto],
              },
              score: { required: true, type: () => t['./planner/dto/proposal-response.dto'].ScoreDto },
              stats: { required: true, type: () => t['./planner/dto/proposal-response.dto'].ProposalStatsDto },
            },
            AppliedSessionDto: {
              id: { required: true, type: () => String },
              title: { required: true, type: () => String },
              roomId: { required: true, type: () => String },
              slotId: { required: true, type: () => String },
              startsAt: { required: true, type: () => String },
              endsAt: { required: true, type: () => String },
            },
            ApplyResultDto: {
              proposalId: { required: true, type: () => String },
              moved: {
                required: true,
                type: () => [t['./planner/dto/proposal-response.dto'].AppliedSessionDto],
                description: 'Sessions whose time or room changed.',
              },
              programVersion: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('./health/dto/health-response.dto'),
          {
            DatabaseHealthDto: {
              type: { required: true, type: () => String, description: '`sqlite` or `postgres`.' },
              reachable: { required: true, type: () => Boolean },
            },
            HealthResponseDto: {
              status: { required: true, type: () => String },
              database: { required: true, type: () => t['./health/dto/health-response.dto'].DatabaseHealthDto },
            },
          },
        ],
        [
          import('./presentations/dto/create-presentation.dto'),
          {
            PresentationAuthorInputDto: {
              speakerId: {
                required: false,
                type: () => String,
                description: 'Links the author to a speaker of the event.',
                format: 'uuid',
              },
              name: {
                required: false,
                type: () => String,
                description: "Defaults to the linked speaker's name.",
                maxLength: 200,
              },
            },
            CreatePresentationDto: {
              title: { required: true, type: () => String, maxLength: 300 },
              authors: {
                required: false,
                type: () => [t['./presentations/dto/create-presentation.dto'].PresentationAuthorInputDto],
                maxItems: 100,
              },
              startsAt: {
                required: false,
                type: () => String,
                description:
                  'Inside the session. Omit both times and give durationMinutes to append after the last presentation.',
              },
              endsAt: { required: false, type: () => String },
              durationMinutes: { required: false, type: () => Number, minimum: 1, maximum: 1440 },
              abstract: { required: false, type: () => String, nullable: true, maxLength: 50000 },
            },
          },
        ],
        [import('./presentations/dto/update-presentation.dto'), { UpdatePresentationDto: {} }],
        [
          import('./common/dto/delete-query.dto'),
          {
            DeleteQueryDto: {
              detach: {
                required: false,
                type: () => Boolean,
                description: 'Detach the sessions that use this record instead of refusing with 409.',
              },
            },
          },
        ],
        [
          import('./rooms/dto/create-room.dto'),
          {
            CreateRoomDto: {
              name: { required: true, type: () => String, example: 'Hall A', maxLength: 200 },
              capacity: {
                required: false,
                type: () => Number,
                nullable: true,
                description: 'Seats.',
                example: 300,
                minimum: 0,
                maximum: 1000000,
              },
              position: {
                required: false,
                type: () => Number,
                description: 'Column order in grids; lower first.',
                minimum: 0,
                maximum: 100000,
              },
            },
          },
        ],
        [import('./rooms/dto/update-room.dto'), { UpdateRoomDto: {} }],
        [
          import('./slots/dto/create-slot.dto'),
          {
            CreateSlotDto: {
              startsAt: { required: true, type: () => String, example: '2026-03-10T09:00:00+01:00' },
              endsAt: { required: true, type: () => String, example: '2026-03-10T10:30:00+01:00' },
              kind: { required: true, enum: ['parallel', 'plenary', 'break'] },
              label: { required: false, type: () => String, nullable: true, example: 'Morning block', maxLength: 200 },
            },
          },
        ],
        [import('./slots/dto/update-slot.dto'), { UpdateSlotDto: {} }],
        [import('./speakers/dto/update-speaker.dto'), { UpdateSpeakerDto: {} }],
        [
          import('./tracks/dto/create-track.dto'),
          {
            CreateTrackDto: {
              name: { required: true, type: () => String, example: 'Security', maxLength: 200 },
              color: { required: false, type: () => String, nullable: true, example: '#3366ff' },
              description: { required: false, type: () => String, nullable: true, maxLength: 5000 },
            },
          },
        ],
        [import('./tracks/dto/update-track.dto'), { UpdateTrackDto: {} }],
        [
          import('./webhooks/dto/create-webhook.dto'),
          {
            CreateWebhookDto: {
              url: {
                required: true,
                type: () => String,
                description: 'Where deliveries are POSTed: http(s), not a loopback or private address.',
                example: 'https://example.org/hooks/agenda',
                maxLength: 2000,
              },
              events: {
                required: true,
                type: () => [Object],
                description: 'Message types to receive.',
                example: ['schedule.published'],
                enum: ['schedule.published', 'session.changed', 'session.cancelled'],
                isArray: true,
                uniqueItems: true,
                minItems: 1,
              },
              secret: {
                required: false,
                type: () => String,
                description:
                  'HMAC key for X-Agenda-Signature-256; generated when left out. Returned only by the create call.',
                minLength: 16,
                maxLength: 200,
              },
              active: { required: false, type: () => Boolean, description: 'Inactive webhooks get no new deliveries.' },
              description: { required: false, type: () => String, nullable: true, maxLength: 200 },
            },
          },
        ],
        [import('./webhooks/dto/update-webhook.dto'), { UpdateWebhookDto: {} }],
        [
          import('./webhooks/dto/webhook-response.dto'),
          {
            WebhookResponseDto: {
              id: { required: true, type: () => String },
              eventId: { required: true, type: () => String },
              url: { required: true, type: () => String },
              events: {
                required: true,
                type: () => [Object],
                enum: ['schedule.published', 'session.changed', 'session.cancelled'],
                isArray: true,
              },
              active: { required: true, type: () => Boolean },
              description: { required: false, type: () => String },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
              version: { required: true, type: () => Number },
            },
            CreatedWebhookResponseDto: {
              secret: { required: true, type: () => String, description: 'The signing secret, shown this once.' },
            },
            DeliveryResponseDto: {
              id: { required: true, type: () => String },
              webhookId: { required: true, type: () => String },
              messageId: {
                required: true,
                type: () => String,
                description: "The body's `id`; a redelivery repeats its original's.",
              },
              type: { required: true, enum: ['schedule.published', 'session.changed', 'session.cancelled'] },
              status: {
                required: true,
                description: 'pending (waiting for an attempt), delivering, delivered, failed (gave up).',
                enum: ['pending', 'delivering', 'delivered', 'failed'],
              },
              attempts: { required: true, type: () => Number },
              createdAt: { required: true, type: () => String },
              nextAttemptAt: { required: false, type: () => String },
              lastAttemptAt: { required: false, type: () => String },
              lastStatus: { required: false, type: () => Number, description: 'HTTP status of the last answer.' },
              lastError: { required: false, type: () => String },
              durationMs: { required: false, type: () => Number },
              deliveredAt: { required: false, type: () => String },
              redeliveryOf: { required: false, type: () => String },
            },
            DeliveryDetailDto: {
              payload: {
                required: true,
                type: () => Object,
                description: 'The JSON body as sent (see the webhook message types in docs).',
              },
            },
            DeliveryQueryDto: { status: { required: false, enum: ['pending', 'delivering', 'delivered', 'failed'] } },
            DeliveryPageDto: {},
          },
        ],
        [
          import('./common/dto/error-response.dto'),
          {
            ErrorResponseDto: {
              statusCode: { required: true, type: () => Number, description: 'The HTTP status, repeated.' },
              error: {
                required: true,
                type: () => String,
                description: 'The status\'s reason phrase, e.g. "Bad Request".',
              },
              message: {
                required: true,
                type: () => [String],
                description: 'One message per problem; a 400 names each bad field or parameter.',
              },
              code: {
                required: false,
                type: () => String,
                description: 'Stable machine-readable reason (always present on 409 and 412), e.g. `slug_taken`.',
              },
            },
            ConflictItemDto: {
              code: {
                required: true,
                description: 'Stable reason: `room_double_booked` or `speaker_double_booked`.',
                enum: ['room_double_booked', 'speaker_double_booked'],
              },
              kind: { required: true, enum: ['room', 'speaker'] },
              sessionId: { required: true, type: () => String, description: 'The other session.' },
              title: { required: true, type: () => String },
              overlapStart: {
                required: true,
                type: () => String,
                description: "Start of the overlap, in the event's offset.",
              },
              overlapEnd: { required: true, type: () => String },
              roomId: { required: false, type: () => String },
              speakerId: { required: false, type: () => String },
            },
            UsedByDto: { id: { required: true, type: () => String }, title: { required: true, type: () => String } },
            ConflictResponseDto: {
              code: { required: true, type: () => String },
              conflicts: {
                required: false,
                type: () => [t['./common/dto/error-response.dto'].ConflictItemDto],
                description: 'Each hard conflict (code `schedule_conflict`).',
              },
              sessions: {
                required: false,
                type: () => [t['./common/dto/error-response.dto'].UsedByDto],
                description: 'Sessions that use the record (code `in_use`).',
              },
              proposalVersion: {
                required: false,
                type: () => Number,
                description: 'Program version the stale proposal was computed from (code `proposal_stale`).',
              },
              programVersion: {
                required: false,
                type: () => Number,
                description: "The program's current version (code `proposal_stale`).",
              },
            },
            PreconditionFailedResponseDto: {
              code: { required: true, type: () => String, description: '`stale_version`.' },
              currentVersion: {
                required: true,
                type: () => Number,
                description:
                  'The record\'s current version: send it as `If-Match: "<currentVersion>"` after re-reading.',
              },
            },
            TooManyRequestsResponseDto: {
              retryAfter: { required: true, type: () => Number, description: 'Seconds to wait.' },
            },
          },
        ],
      ],
      controllers: [
        [
          import('./agendas/agendas.controller'),
          {
            AgendasController: {
              create: { type: t['./agendas/dto/agenda.dto'].AgendaResponseDto },
              get: { type: t['./agendas/dto/agenda.dto'].AgendaResponseDto },
              replace: { type: t['./agendas/dto/agenda.dto'].AgendaResponseDto },
              revoke: {},
            },
          },
        ],
        [
          import('./audit/audit.controller'),
          {
            AuditController: {
              list: { summary: 'Newest first.', type: t['./audit/dto/audit-entry-response.dto'].AuditPageDto },
            },
          },
        ],
        [
          import('./members/members.controller'),
          {
            MembersController: {
              list: { type: [t['./members/dto/member.dto'].MemberResponseDto] },
              add: { type: [t['./members/dto/member.dto'].MemberResponseDto] },
              setRole: { type: [t['./members/dto/member.dto'].MemberResponseDto] },
              remove: {},
            },
          },
        ],
        [
          import('./tokens/tokens.controller'),
          {
            TokensController: {
              create: { type: t['./tokens/dto/token.dto'].CreatedTokenResponseDto },
              list: { type: t['./tokens/dto/token.dto'].TokenPageDto },
              revoke: {},
            },
          },
        ],
        [
          import('./users/users.controller'),
          {
            UsersController: {
              invite: {
                summary: 'Administrators create accounts for other organizers (then add them to events as members).',
                type: t['./auth/dto/auth.dto'].UserResponseDto,
              },
            },
          },
        ],
        [
          import('./auth/auth.controller'),
          {
            AuthController: {
              signup: {
                summary: 'The first account becomes the administrator; later ones only with ALLOW_SIGNUP=true.',
                type: t['./auth/dto/auth.dto'].UserResponseDto,
              },
              login: { type: t['./auth/dto/auth.dto'].MeResponseDto },
              logout: {},
              me: {
                summary: 'Who is signed in, and when the session ends (a UI warns before idleExpiresAt).',
                type: t['./auth/dto/auth.dto'].MeResponseDto,
              },
              listSessions: { type: [t['./auth/dto/auth.dto'].SessionInfoDto] },
              revokeSession: {},
              changePassword: { summary: 'Ends every other session of the account.' },
            },
          },
        ],
        [
          import('./versions/versions.controller'),
          {
            VersionsController: {
              publish: {
                summary:
                  'Freezes the working copy as the next numbered version; the first publish makes the event public.',
                type: t['./versions/dto/version-response.dto'].PublishResponseDto,
              },
              preview: {
                summary: 'The changelog the next publish would produce.',
                type: t['./versions/dto/version-response.dto'].PublishPreviewDto,
              },
              list: { type: t['./versions/dto/version-response.dto'].VersionPageDto },
              program: { type: t['./versions/dto/version-response.dto'].PublishedProgramDto },
              changes: { type: t['./versions/dto/version-response.dto'].ChangesResponseDto },
              changesSince: {
                summary: '`?since=n`: everything that changed from version n to the latest.',
                type: t['./versions/dto/version-response.dto'].ChangesResponseDto,
              },
              atom: {},
            },
          },
        ],
        [
          import('./events/events.controller'),
          {
            EventsController: {
              list: {
                summary: 'Published events; signed-in organizers also see the drafts they are members of.',
                type: t['./events/dto/event-response.dto'].EventPageDto,
              },
              create: {
                summary: "The creator becomes the event's owner.",
                type: t['./events/dto/event-response.dto'].EventResponseDto,
              },
              get: { type: t['./events/dto/event-response.dto'].EventResponseDto },
              update: { type: t['./events/dto/event-response.dto'].EventResponseDto },
              remove: {},
            },
          },
        ],
        [
          import('./backup/backup.controller'),
          {
            BackupController: {
              export: {
                summary: "Everything of one event, speakers' e-mails included; agendas only as token hashes.",
                type: t['./backup/dto/backup-document.dto'].BackupDocumentDto,
              },
              restore: {
                summary: 'A backup document (up to 25 MB) becomes a new event: fresh ids, slug suffixed if taken.',
                type: t['./backup/dto/restore-result.dto'].RestoreResultDto,
              },
            },
          },
        ],
        [
          import('./calendar/calendar.controller'),
          {
            CalendarController: {
              directory: { type: t['./calendar/dto/feed-directory.dto'].FeedDirectoryDto },
              event: {},
              track: {},
              room: {},
              speaker: {},
              session: {},
              agenda: {},
            },
          },
        ],
        [
          import('./sessions/sessions.controller'),
          {
            SessionsController: {
              list: { type: t['./sessions/dto/session-response.dto'].SessionPageDto },
              create: { type: t['./sessions/dto/session-response.dto'].SessionResponseDto },
              get: { type: t['./sessions/dto/session-response.dto'].SessionResponseDto },
              update: { type: t['./sessions/dto/session-response.dto'].SessionResponseDto },
              remove: {},
            },
          },
        ],
        [
          import('./csv/csv.controller'),
          {
            CsvController: {
              exportSessions: { type: String },
              importSessions: { type: t['./csv/dto/csv-import-result.dto'].CsvImportResultDto },
            },
          },
        ],
        [
          import('./insights/insights.controller'),
          {
            InsightsController: {
              insights: { type: t['./insights/dto/insights-response.dto'].InsightsResponseDto },
              sessionsCsv: { type: String },
              feedReachCsv: { type: String },
            },
          },
        ],
        [import('./insights/page/insights-page.controller'), { InsightsPageController: { page: {}, asset: {} } }],
        [
          import('./interop/interop.controller'),
          {
            InteropController: {
              xml: {},
              json: {},
              import: {
                summary:
                  'A schedule.xml (application/xml) or schedule.json body; 201 for a new event, 200 for an update.',
                type: t['./interop/dto/import-result.dto'].ImportResultDto,
              },
            },
          },
        ],
        [
          import('./planner/planner.controller'),
          {
            PlannerController: {
              report: {
                summary: 'Every hard and soft conflict of the program, attendee-preference clashes included.',
                type: t['./planner/dto/conflict-report.dto'].ConflictReportDto,
              },
              propose: {
                summary:
                  'A schedule proposal; changes nothing. 422 with an explanation when the hard constraints cannot all be met.',
                type: t['./planner/dto/proposal-response.dto'].ProposalResponseDto,
              },
              get: { type: t['./planner/dto/proposal-response.dto'].ProposalResponseDto },
              apply: {
                summary: 'Applies a proposal in one transaction; 409 if the program changed since it was made.',
                type: t['./planner/dto/proposal-response.dto'].ApplyResultDto,
              },
            },
          },
        ],
        [
          import('./health/health.controller'),
          {
            HealthController: {
              check: {
                summary: 'Liveness plus a round trip to the database.',
                type: t['./health/dto/health-response.dto'].HealthResponseDto,
              },
            },
          },
        ],
        [
          import('./presentations/presentations.controller'),
          {
            PresentationsController: {
              list: { type: t['./presentations/dto/presentation-response.dto'].PresentationPageDto },
              create: { type: t['./presentations/dto/presentation-response.dto'].PresentationResponseDto },
              get: { type: t['./presentations/dto/presentation-response.dto'].PresentationResponseDto },
              update: { type: t['./presentations/dto/presentation-response.dto'].PresentationResponseDto },
              remove: {},
            },
          },
        ],
        [import('./public-site/public-site.controller'), { PublicSiteController: { index: {}, event: {}, asset: {} } }],
        [
          import('./rooms/rooms.controller'),
          {
            RoomsController: {
              list: { type: [t['./rooms/dto/room-response.dto'].RoomResponseDto] },
              create: { type: t['./rooms/dto/room-response.dto'].RoomResponseDto },
              get: { type: t['./rooms/dto/room-response.dto'].RoomResponseDto },
              update: { type: t['./rooms/dto/room-response.dto'].RoomResponseDto },
              remove: {},
            },
          },
        ],
        [
          import('./slots/slots.controller'),
          {
            SlotsController: {
              list: { type: [t['./slots/dto/slot-response.dto'].SlotResponseDto] },
              create: { type: t['./slots/dto/slot-response.dto'].SlotResponseDto },
              get: { type: t['./slots/dto/slot-response.dto'].SlotResponseDto },
              update: { type: t['./slots/dto/slot-response.dto'].SlotResponseDto },
              remove: {},
            },
          },
        ],
        [
          import('./speakers/speakers.controller'),
          {
            SpeakersController: {
              list: { type: t['./speakers/dto/speaker-response.dto'].SpeakerPageDto },
              create: { type: t['./speakers/dto/speaker-response.dto'].SpeakerResponseDto },
              get: { type: t['./speakers/dto/speaker-response.dto'].SpeakerResponseDto },
              update: { type: t['./speakers/dto/speaker-response.dto'].SpeakerResponseDto },
              remove: {},
            },
          },
        ],
        [
          import('./tracks/tracks.controller'),
          {
            TracksController: {
              list: { type: [t['./tracks/dto/track-response.dto'].TrackResponseDto] },
              create: { type: t['./tracks/dto/track-response.dto'].TrackResponseDto },
              get: { type: t['./tracks/dto/track-response.dto'].TrackResponseDto },
              update: { type: t['./tracks/dto/track-response.dto'].TrackResponseDto },
              remove: {},
            },
          },
        ],
        [
          import('./webhooks/webhooks.controller'),
          {
            WebhooksController: {
              list: { type: [t['./webhooks/dto/webhook-response.dto'].WebhookResponseDto] },
              create: {
                summary: 'The response carries the signing secret, this once.',
                type: t['./webhooks/dto/webhook-response.dto'].CreatedWebhookResponseDto,
              },
              get: { type: t['./webhooks/dto/webhook-response.dto'].WebhookResponseDto },
              update: { type: t['./webhooks/dto/webhook-response.dto'].WebhookResponseDto },
              remove: {},
              listDeliveries: {
                summary: 'Newest first; `?status=failed` to find what needs a look.',
                type: t['./webhooks/dto/webhook-response.dto'].DeliveryPageDto,
              },
              getDelivery: {
                summary: 'One delivery with the body it sends.',
                type: t['./webhooks/dto/webhook-response.dto'].DeliveryDetailDto,
              },
              redeliver: {
                summary: 'Queues the same body again as a new delivery; answers at once (202), the worker sends it.',
                type: t['./webhooks/dto/webhook-response.dto'].DeliveryResponseDto,
              },
            },
          },
        ],
      ],
    },
  };
};
