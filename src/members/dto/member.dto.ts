import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { EVENT_ROLES, EventRole } from '../event-member.entity';

export class AddMemberDto {
  /** The e-mail of the person to invite; the role is theirs once their account uses it. */
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsIn(EVENT_ROLES)
  role: EventRole;
}

export class UpdateMemberDto {
  @IsIn(EVENT_ROLES)
  role: EventRole;
}

export class MemberResponseDto {
  userId: string;
  email: string;
  name: string;
  role: EventRole;
}

/** A role offered to an e-mail address that no account has used yet. */
export class InvitationResponseDto {
  email: string;
  role: EventRole;
}
