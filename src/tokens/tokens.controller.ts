import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, SignedIn } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreatedTokenResponseDto, CreateTokenDto, TokenResponseDto } from './dto/token.dto';
import { TokensService } from './tokens.service';

type SessionPrincipal = Principal & { kind: 'user' };

/** Tokens are managed by signed-in people only: a token cannot mint tokens. */
@ApiTags('tokens')
@Controller('tokens')
@SignedIn({ cookieOnly: true })
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Post()
  create(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Body() dto: CreateTokenDto,
  ): Promise<CreatedTokenResponseDto> {
    return this.tokens.create(principal, dto);
  }

  @Get()
  list(@CurrentPrincipal() principal: SessionPrincipal): Promise<TokenResponseDto[]> {
    return this.tokens.list(principal.userId);
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(@CurrentPrincipal() principal: SessionPrincipal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.tokens.revoke(principal, id);
  }
}
