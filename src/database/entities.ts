import { AgendaEntity } from '../agendas/agenda.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { LoginSessionEntity } from '../auth/login-session.entity';
import { EventInvitationEntity } from '../members/event-invitation.entity';
import { EventMemberEntity } from '../members/event-member.entity';
import { ApiTokenEntity } from '../tokens/api-token.entity';
import { UserEntity } from '../users/user.entity';
import { ScheduleVersionEntity } from '../versions/schedule-version.entity';
import { EventEntity } from '../events/event.entity';
import { PresentationEntity } from '../presentations/presentation.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { WebhookDeliveryEntity } from '../webhooks/webhook-delivery.entity';
import { WebhookEntity } from '../webhooks/webhook.entity';
import { AgendaStarEntity } from '../insights/agenda-star.entity';
import {
  FeedReachClientEntity,
  FeedReachDayEntity,
  FeedReachSaltEntity,
} from '../insights/feed-reach/feed-reach.entities';
import { ScheduleProposalEntity } from '../planner/schedule-proposal.entity';
import { InstanceClaimEntity } from '../users/instance-claim.entity';
import { SetupCodeEntity } from '../users/setup-code.entity';
import { ProgramChangeEntity } from '../live/program-change.entity';
import { ThrottleHitEntity } from '../throttle/throttle-hit.entity';
import { KnownLoginAddressEntity } from '../throttle/known-login-address.entity';

export const ENTITIES = [
  EventEntity,
  TrackEntity,
  RoomEntity,
  SlotEntity,
  SpeakerEntity,
  SessionEntity,
  SessionSpeakerEntity,
  PresentationEntity,
  AgendaEntity,
  UserEntity,
  EventMemberEntity,
  LoginSessionEntity,
  ApiTokenEntity,
  AuditEntryEntity,
  ScheduleVersionEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  AgendaStarEntity,
  FeedReachDayEntity,
  FeedReachClientEntity,
  FeedReachSaltEntity,
  ScheduleProposalEntity,
  InstanceClaimEntity,
  SetupCodeEntity,
  ProgramChangeEntity,
  ThrottleHitEntity,
  KnownLoginAddressEntity,
  EventInvitationEntity,
];
