import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventAccess } from '../auth/access.decorators';
import { expectedVersion, IfMatchVersion } from '../common/http/if-match.decorator';
import { ParseIdPipe } from '../common/pipes/parse-id.pipe';
import { CreatePresentationDto } from './dto/create-presentation.dto';
import { PresentationResponseDto } from './dto/presentation-response.dto';
import { UpdatePresentationDto } from './dto/update-presentation.dto';
import { PresentationsService } from './presentations.service';

@ApiTags('presentations')
@EventAccess('write')
@Controller('events/:eventId/sessions/:sessionId/presentations')
export class PresentationsController {
  constructor(private readonly service: PresentationsService) {}

  @Get()
  @EventAccess('read')
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<PresentationResponseDto[]> {
    return this.service.list(eventId, sessionId);
  }

  @Post()
  create(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: CreatePresentationDto,
  ): Promise<PresentationResponseDto> {
    return this.service.create(eventId, sessionId, dto);
  }

  @Get(':id')
  @EventAccess('read')
  get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<PresentationResponseDto> {
    return this.service.get(eventId, sessionId, id);
  }

  @Patch(':id')
  update(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdatePresentationDto,
    @IfMatchVersion() ifMatch?: number,
  ): Promise<PresentationResponseDto> {
    return this.service.update(eventId, sessionId, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  remove(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<void> {
    return this.service.remove(eventId, sessionId, id);
  }
}
