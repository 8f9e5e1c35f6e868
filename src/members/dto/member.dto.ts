import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { EVENT_ROLES, EventRole } from '../event-member.entity';

export class AddMemberDto {
  /** An existing account's e-mail. */
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
