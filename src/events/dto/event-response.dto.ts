import { PageOf } from '../../common/dto/pagination.dto';
import { EventStatus } from '../event.entity';

export class EventResponseDto {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  startDate: string;
  endDate: string;
  venue?: string;
  description?: string;
  city?: string;
  /** Local `HH:MM` at which a conference day ends (e.g. `04:00`); midnight when absent. */
  dayChange?: string;
  /** Grid step of an imported program, in minutes. */
  timeslotMinutes?: number;
  status: EventStatus;
  version: number;
  /** Changes with every write to the program; cheap to poll. */
  programVersion: number;
  /** The local dates of the event, first to last. */
  days: string[];
  createdAt: string;
  updatedAt: string;
}

export class EventPageDto extends PageOf(EventResponseDto) {}
