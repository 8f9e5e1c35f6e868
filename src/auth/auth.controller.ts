import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../common/errors';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { UsersService } from '../users/users.service';
import { CurrentPrincipal, Public, SignedIn } from './access.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, MeResponseDto, SessionInfoDto, SignupDto, UserResponseDto } from './dto/auth.dto';
import { LoginSessionsService } from './login-sessions.service';
import { Principal } from './principal';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';
import { ApiDoc } from '../openapi/api-doc.decorator';

type SessionPrincipal = Principal & { kind: 'user' };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly sessions: LoginSessionsService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** The first account becomes the administrator; later ones only with ALLOW_SIGNUP=true. */
  @Post('signup')
  @Public()
  @ApiDoc({
    id: 'signUp',
    summary: 'Create an account',
    description: 'The first account of an instance becomes its administrator; later ones only when ALLOW_SIGNUP=true.',
    errors: [409],
  })
  signup(@Body() dto: SignupDto): Promise<UserResponseDto> {
    return this.users.signup(dto);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiDoc({
    id: 'logIn',
    summary: 'Log in',
    description:
      'Checks e-mail and password and sets the session cookie. Failed attempts are throttled per account and address (429 with Retry-After).',
    errors: [429],
  })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponseDto> {
    const { secret, body } = await this.auth.login(dto, request.ip, readSessionCookie(request));
    setSessionCookie(reply, secret, this.config);
    return body;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiDoc({ id: 'logOut', summary: 'Log out', description: 'Ends the current login session and clears the cookie.' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const secret = readSessionCookie(request);
    if (secret) await this.sessions.revokeBySecret(secret);
    clearSessionCookie(reply, this.config);
  }

  /** Who is signed in, and when the session ends (a UI warns before idleExpiresAt). */
  @Get('me')
  @SignedIn()
  @ApiDoc({
    id: 'getMe',
    summary: 'Who is signed in',
    description:
      'The user behind the cookie or token, and when a cookie session ends (a UI warns before idleExpiresAt).',
  })
  me(@CurrentPrincipal() principal: Principal): Promise<MeResponseDto> {
    return this.auth.me(principal);
  }

  @Get('sessions')
  @SignedIn({ cookieOnly: true })
  @ApiDoc({ id: 'listLoginSessions', summary: 'List my login sessions' })
  listSessions(@CurrentPrincipal() principal: SessionPrincipal): Promise<SessionInfoDto[]> {
    return this.sessions.list(principal.userId, principal.sessionId);
  }

  @Delete('sessions/:id')
  @SignedIn({ cookieOnly: true })
  @HttpCode(204)
  @ApiDoc({ id: 'revokeLoginSession', summary: 'End one of my login sessions' })
  async revokeSession(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<void> {
    if (!(await this.sessions.revoke(principal.userId, id)))
      throw new NotFoundException(errorBody(404, `session ${id} not found`));
  }

  /** Ends every other session of the account. */
  @Post('password')
  @SignedIn({ cookieOnly: true })
  @HttpCode(204)
  @ApiDoc({
    id: 'changePassword',
    summary: 'Change my password',
    description: 'Ends every other login session of the account. Throttled per account (429 with Retry-After).',
    errors: [429],
  })
  changePassword(@CurrentPrincipal() principal: SessionPrincipal, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(principal, dto);
  }
}
