import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AgendasService } from './agendas.service';
import { AgendaBodyDto, AgendaResponseDto } from './dto/agenda.dto';
import { ApiDoc } from '../openapi/api-doc.decorator';

/** Personal agendas: no account, the unguessable token is the key. Responses are never cached. */
@ApiTags('agendas')
@Controller()
@Public()
export class AgendasController {
  constructor(private readonly service: AgendasService) {}

  @Post('events/:eventId/agendas')
  @Header('Cache-Control', 'no-store')
  @ApiDoc({
    id: 'createAgenda',
    summary: 'Create a personal agenda',
    description:
      'Starred sessions of a published event; the answer holds the only key to the agenda (its token) and its calendar feed links. Limited per client address (429 with Retry-After).',
    errors: [429],
  })
  create(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: AgendaBodyDto,
    @Req() request: FastifyRequest,
  ): Promise<AgendaResponseDto> {
    return this.service.create(eventId, dto, request.ip);
  }

  @Get('agendas/:token')
  @Header('Cache-Control', 'no-store')
  @ApiDoc({ id: 'getAgenda', summary: 'Get a personal agenda' })
  get(@Param('token') token: string): Promise<AgendaResponseDto> {
    return this.service.get(token);
  }

  @Put('agendas/:token')
  @Header('Cache-Control', 'no-store')
  @ApiDoc({ id: 'replaceAgenda', summary: 'Replace the starred sessions of an agenda', errors: [429] })
  replace(
    @Param('token') token: string,
    @Body() dto: AgendaBodyDto,
    @Req() request: FastifyRequest,
  ): Promise<AgendaResponseDto> {
    return this.service.replace(token, dto, request.ip);
  }

  @Delete('agendas/:token')
  @HttpCode(204)
  @ApiDoc({ id: 'deleteAgenda', summary: 'Delete a personal agenda' })
  revoke(@Param('token') token: string): Promise<void> {
    return this.service.revoke(token);
  }
}
