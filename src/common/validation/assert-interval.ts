import { BadRequestException } from '@nestjs/common';
import { EventDays, intervalProblems } from '../../scheduling/time-rules';
import { Interval } from '../../time/instants';
import { errorBody } from '../errors';

export function assertValidInterval(interval: Interval, event: EventDays, prefix = ''): void {
  const problems = intervalProblems(interval, event, prefix);
  if (problems.length) throw new BadRequestException(errorBody(400, problems));
}
