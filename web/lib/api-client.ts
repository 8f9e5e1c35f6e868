import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/api';

/**
 * The typed client of our own REST API for the organizer screens: paths, parameters and bodies
 * come from the served OpenAPI document (`npm run api:types`), never from hand-copied DTOs.
 * Same-origin requests carry the login session cookie; the browser adds the Origin header that
 * cookie-authenticated writes need.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

export type Schemas = components['schemas'];
