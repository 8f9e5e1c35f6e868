import { PageOf } from '../../common/dto/pagination.dto';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsInstant } from '../../common/validation/validators';
import { TOKEN_SCOPES, TokenScope } from '../api-token.entity';

export class CreateTokenDto {
  /** @example "Conference app" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TOKEN_SCOPES, { each: true })
  scopes: TokenScope[];

  /** Bind the token to one event. */
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @IsOptional()
  @IsInstant()
  expiresAt?: string;
}

export class TokenResponseDto {
  id: string;
  name: string;
  /** Visible part for recognising a token in lists; the secret is shown only once. */
  prefix: string;
  scopes: TokenScope[];
  eventId?: string;
  createdAt: string;
  expiresAt?: string;
  lastUsedAt?: string;
}

export class CreatedTokenResponseDto extends TokenResponseDto {
  /** `Authorization: Bearer <token>`; shown this once. */
  token: string;
}

export class TokenPageDto extends PageOf(TokenResponseDto) {}
