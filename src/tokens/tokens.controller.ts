import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, SignedIn } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreatedTokenResponseDto, CreateTokenDto, TokenPageDto } from './dto/token.dto';
import { TokensService } from './tokens.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { pageOf, PaginationQueryDto } from '../common/dto/pagination.dto';

type SessionPrincipal = Principal & { kind: 'user' };

/** Tokens are managed by signed-in people only: a token cannot mint tokens. */
@ApiTags('tokens')
@Controller('tokens')
@SignedIn({ cookieOnly: true })
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Post()
  @ApiDoc({
    id: 'createToken',
    summary: 'Create an API token',
    description: 'The secret is returned this once. A token cannot mint tokens.',
    errors: [404],
  })
  create(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Body() dto: CreateTokenDto,
  ): Promise<CreatedTokenResponseDto> {
    return this.tokens.create(principal, dto);
  }

  @Get()
  @ApiDoc({ id: 'listTokens', summary: 'List my API tokens' })
  async list(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Query() query: PaginationQueryDto,
  ): Promise<TokenPageDto> {
    return pageOf(await this.tokens.list(principal.userId), query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ id: 'revokeToken', summary: 'Revoke an API token' })
  revoke(@CurrentPrincipal() principal: SessionPrincipal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.tokens.revoke(principal, id);
  }
}
