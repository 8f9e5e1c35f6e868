export class DatabaseHealthDto {
  /** `sqlite` or `postgres`. */
  type: string;
  reachable: true;
}

export class HealthResponseDto {
  status: 'ok';
  database: DatabaseHealthDto;
}
