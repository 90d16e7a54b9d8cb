import type { z } from 'zod';
import { v1 } from '@concord/protocol';
import { ConcordApiError, ConcordNetworkError } from './api-error.ts';

export interface ClientOptions {
  /** Origin of the node, e.g. 'http://127.0.0.1:4000'; empty for the page's own origin. */
  readonly baseUrl?: string;
  /** An API token for scripts; browsers use the session cookie instead. */
  readonly token?: string;
  readonly fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Query = Readonly<Record<string, string | number | boolean | undefined>>;

/** Query values as the URL carries them. */
function stringify(query: Readonly<Record<string, unknown>>): Query {
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [k, v] of Object.entries(query)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A typed client for a node's HTTP API, for the web UI and for scripts. It
 * keeps the session's CSRF token, parses every response with the protocol's
 * schemas, and throws ConcordApiError with the server's code on failure.
 */
export function createClient(options: ClientOptions = {}) {
  const base = `${options.baseUrl ?? ''}/api/v1`;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let csrfToken: string | null = null;

  async function call<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    body?: unknown,
    query?: Query,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    else if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}${queryString(query)}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ConcordNetworkError(
        `cannot reach the Concord node (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    return read(response, schema, method, path);
  }

  async function read<S extends z.ZodType>(
    response: Response,
    schema: S,
    method: Method,
    path: string,
  ): Promise<z.infer<S>> {
    if (response.status === 204) return schema.parse(null);
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const parsed = v1.ErrorBody.safeParse(payload);
      if (!parsed.success)
        throw new ConcordNetworkError(`the node answered ${response.status} without an error body`);
      const { code, message, issues, retryAfterSeconds } = parsed.data.error;
      throw new ConcordApiError(
        response.status,
        code,
        message,
        issues ?? [],
        retryAfterSeconds ?? null,
      );
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success)
      throw new ConcordNetworkError(
        `unexpected response from ${method} ${path}: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    return parsed.data;
  }

  async function upload<S extends z.ZodType>(
    path: string,
    schema: S,
    file: Blob | Uint8Array,
    query: Query,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': 'application/octet-stream',
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    else if (csrfToken) headers['x-csrf-token'] = csrfToken;
    const response = await doFetch(`${base}${path}${queryString(query)}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file as NonNullable<RequestInit['body']>,
    }).catch((error: unknown) => {
      throw new ConcordNetworkError(
        `cannot reach the Concord node (${error instanceof Error ? error.message : String(error)})`,
      );
    });
    return read(response, schema, 'POST', path);
  }

  const remember = (session: v1.Session): v1.Session => {
    csrfToken = session.csrfToken;
    return session;
  };
  const Nothing = v1.Nothing;

  return {
    health: () => call('GET', '/health', v1.Health),
    node: () => call('GET', '/node', v1.NodeInfo),
    session: {
      get: async () => remember(await call('GET', '/session', v1.Session)),
      signIn: async (username: string, password: string) =>
        remember(await call('POST', '/session', v1.Session, { username, password })),
      secondFactor: async (code: string) =>
        remember(await call('POST', '/session/second-factor', v1.Session, { code })),
      signOut: async () => {
        await call('DELETE', '/session', Nothing);
        csrfToken = null;
      },
    },
    me: {
      get: () => call('GET', '/me', v1.User),
      update: (body: z.input<typeof v1.UpdateMeRequest>) => call('PATCH', '/me', v1.User, body),
      changePassword: (currentPassword: string, newPassword: string) =>
        call('POST', '/me/password', v1.User, { currentPassword, newPassword }),
      startTotp: () => call('POST', '/me/totp', v1.TotpEnrolment),
      confirmTotp: (code: string) => call('POST', '/me/totp/confirm', v1.User, { code }),
      disableTotp: (password: string) => call('POST', '/me/totp/disable', v1.User, { password }),
      tokens: () => call('GET', '/me/tokens', v1.ApiToken.array()),
      createToken: (body: z.input<typeof v1.CreateTokenRequest>) =>
        call('POST', '/me/tokens', v1.CreatedToken, body),
      revokeToken: (id: string) => call('DELETE', `/me/tokens/${encodeURIComponent(id)}`, Nothing),
    },
    users: {
      list: (page: number, pageSize: number) =>
        call('GET', '/users', v1.pageOf(v1.User), undefined, { page, pageSize }),
      create: (body: z.input<typeof v1.CreateUserRequest>) =>
        call('POST', '/users', v1.CreatedUser, body),
      update: (id: string, body: z.input<typeof v1.UpdateUserRequest>) =>
        call('PATCH', `/users/${encodeURIComponent(id)}`, v1.User, body),
      resetPassword: (id: string) =>
        call('POST', `/users/${encodeURIComponent(id)}/password-reset`, v1.PasswordReset),
      unlock: (id: string) => call('POST', `/users/${encodeURIComponent(id)}/unlock`, v1.User),
    },
    banks: {
      list: () => call('GET', '/banks', v1.Bank.array()),
      get: (idOrName: string) => call('GET', `/banks/${encodeURIComponent(idOrName)}`, v1.Bank),
      create: (body: z.input<typeof v1.CreateBankRequest>) => call('POST', '/banks', v1.Bank, body),
      signals: (idOrName: string, query: Partial<z.input<typeof v1.SignalQuery>>) =>
        call(
          'GET',
          `/banks/${encodeURIComponent(idOrName)}/signals`,
          v1.SignalPage,
          undefined,
          stringify(query),
        ),
      retract: (signalId: string, reason: string) =>
        call('POST', `/signals/${encodeURIComponent(signalId)}/retract`, v1.Signal, { reason }),
      /** A link the browser can follow to download the export (the session cookie authenticates it). */
      exportUrl: (idOrName: string, format: string, purpose: string) =>
        `${base}/banks/${encodeURIComponent(idOrName)}/export${queryString({ format, purpose })}`,
      /** Imports a file (its bytes as they are); the report lists every row that was refused. */
      import: (idOrName: string, file: Blob | Uint8Array, query: z.input<typeof v1.ImportQuery>) =>
        upload(
          `/banks/${encodeURIComponent(idOrName)}/import`,
          v1.ImportReport,
          file,
          stringify(query),
        ),
    },
    match: (body: z.input<typeof v1.MatchRequest>) =>
      call('POST', '/match', v1.MatchResponse, body),
    scanReports: {
      upload: (label: string, report: z.input<typeof v1.ScanReportDocument>) =>
        call('POST', '/scan-reports', v1.ScanReportSummary, { label, report }),
      list: (page: number, pageSize: number) =>
        call('GET', '/scan-reports', v1.pageOf(v1.ScanReportSummary), undefined, {
          page,
          pageSize,
        }),
      get: (id: string) =>
        call('GET', `/scan-reports/${encodeURIComponent(id)}`, v1.ScanReportDetail),
    },
    audit: {
      list: (query: Partial<z.infer<typeof v1.AuditQuery>>) =>
        call('GET', '/audit', v1.pageOf(v1.AuditEvent), undefined, query),
      verify: () => call('GET', '/audit/verify', v1.AuditVerdict),
      /** A link the browser can follow to download the CSV (the session cookie authenticates it). */
      exportUrl: (query: z.infer<typeof v1.AuditExportQuery>) =>
        `${base}/audit/export${queryString(query)}`,
    },
  };
}

export type ConcordClient = ReturnType<typeof createClient>;
