import { createClient } from '@concord/client';

/** The one client the UI talks to its node through (same origin, session cookie, CSRF token). */
export const concord = createClient();
