import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../auth/access.decorators';
import { SignupDto, UserResponseDto } from '../auth/dto/auth.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Administrators create accounts for other organizers (then add them to events as members). */
  @Post()
  @SignedIn({ admin: true, cookieOnly: true })
  invite(@Body() dto: SignupDto): Promise<UserResponseDto> {
    return this.users.invite(dto);
  }
}
