import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class SignupDto {
  @IsEmail()
  @MaxLength(254)
  email: string;

  /** At least 12 characters; common passwords are refused. */
  @IsString()
  @MaxLength(128)
  password: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  /** The one-time code from the server log; needed for the first account of an instance that listens beyond loopback. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  setupCode?: string;
}

export class LoginDto {
  @IsString()
  @MaxLength(254)
  email: string;

  @IsString()
  @MaxLength(128)
  password: string;
}

export class ChangePasswordDto {
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  @IsString()
  @MaxLength(128)
  newPassword: string;
}

export class UserResponseDto {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

export class SessionInfoDto {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  /** When the session ends unless used again (30 minutes idle, sliding). */
  idleExpiresAt: string;
  /** When the session ends regardless of use. */
  absoluteExpiresAt: string;
  current: boolean;
}

export class MeResponseDto {
  user: UserResponseDto;
  session?: SessionInfoDto;
  authenticatedBy: 'session' | 'token';
}
