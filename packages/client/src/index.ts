export { createClient, queryString } from './client.ts';
export type { ClientOptions, ConcordClient } from './client.ts';
export { ConcordApiError, ConcordNetworkError } from './api-error.ts';
export { v1 } from '@concord/protocol';
