import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { AgendasService } from './agendas.service';
import { AgendaBodyDto, AgendaResponseDto } from './dto/agenda.dto';

/** Personal agendas: no account, the unguessable token is the key. Responses are never cached. */
@ApiTags('agendas')
@Controller()
@Public()
export class AgendasController {
  constructor(private readonly service: AgendasService) {}

  @Post('events/:eventId/agendas')
  @Header('Cache-Control', 'no-store')
  create(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: AgendaBodyDto,
    @Req() request: FastifyRequest,
  ): Promise<AgendaResponseDto> {
    return this.service.create(eventId, dto, request.ip);
  }

  @Get('agendas/:token')
  @Header('Cache-Control', 'no-store')
  get(@Param('token') token: string): Promise<AgendaResponseDto> {
    return this.service.get(token);
  }

  @Put('agendas/:token')
  @Header('Cache-Control', 'no-store')
  replace(
    @Param('token') token: string,
    @Body() dto: AgendaBodyDto,
    @Req() request: FastifyRequest,
  ): Promise<AgendaResponseDto> {
    return this.service.replace(token, dto, request.ip);
  }

  @Delete('agendas/:token')
  @HttpCode(204)
  revoke(@Param('token') token: string): Promise<void> {
    return this.service.revoke(token);
  }
}
