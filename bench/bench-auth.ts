import { randomUUID } from 'node:crypto';
import { TokensService } from '../src/tokens/tokens.service';
import { UserEntity } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { BenchApp } from './bench-app';

/** An administrator's API token, made through the services (any number of times, on any database). */
export async function adminToken(bench: BenchApp): Promise<string> {
  const user = await bench.app.get(UsersService).invite({
    email: `bench-${randomUUID()}@bench.example`,
    password: `bench password ${randomUUID()}`,
    name: 'Bench Admin',
  });
  await bench.dataSource.manager.update(UserEntity, { id: user.id }, { isAdmin: true });
  const { token } = await bench.app
    .get(TokensService)
    .create({ userId: user.id, isAdmin: true }, { name: 'bench', scopes: ['read', 'write'] });
  return token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** POST /publish: the public reads, feeds and exports serve the latest published version. */
export async function publish(bench: BenchApp, token: string, eventId: string): Promise<void> {
  const response = await fetch(`${bench.url}/api/events/${eventId}/publish`, {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: '{}',
  });
  if (response.status !== 200) throw new Error(`publish answered ${response.status}: ${await response.text()}`);
}
