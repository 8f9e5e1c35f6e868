import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../auth/access.decorators';
import { SignupDto, UserResponseDto } from '../auth/dto/auth.dto';
import { UsersService } from './users.service';
import { ApiDoc } from '../openapi/api-doc.decorator';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Administrators create accounts for other organizers (then add them to events as members). */
  @Post()
  @SignedIn({ admin: true, cookieOnly: true })
  @ApiDoc({
    id: 'createUser',
    summary: 'Create an account for another organizer',
    description: 'Administrators create accounts, then add them to events as members.',
    errors: [409],
  })
  invite(@Body() dto: SignupDto): Promise<UserResponseDto> {
    return this.users.invite(dto);
  }
}
