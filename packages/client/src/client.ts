import { z } from 'zod';
import { v1 } from '@concord/protocol';
import { ConcordApiError, ConcordNetworkError } from './api-error.ts';

export interface ClientOptions {
  /** Origin of the node, e.g. 'http://127.0.0.1:4000'; empty for the page's own origin. */
  readonly baseUrl?: string;
  /** An API token for scripts; browsers use the session cookie instead. */
  readonly token?: string;
  readonly fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
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

/** What creating a sharing group answers: the new group's id. */
const Created = z.object({ id: z.string() });
/** What sending grade feedback answers: the id of the message queued for the originator. */
const Queued = z.object({ messageId: z.string() });

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
  const enc = encodeURIComponent;

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
      /** Confirms or disputes a received signal's grade; the node sends it to the originator. */
      feedback: (signalId: string, body: z.input<typeof v1.GradeFeedbackRequest>) =>
        call('POST', `/signals/${enc(signalId)}/feedback`, Queued, body),
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
    /** This node's signed card, and the fingerprint its administrator reads to a peer's. */
    nodeCard: () => call('GET', '/node/card', v1.OwnCard),
    /** Replaces the node's keys; peers accept the old ones for `overlapDays` (7 to 90). */
    rotateKeys: (body: z.input<typeof v1.RotateKeysRequest>) =>
      call('POST', '/node/keys/rotate', v1.RotateKeysResult, body),
    peers: {
      list: () => call('GET', '/peers', v1.Peer.array()),
      /** Adds a peer from its card: with the fingerprint read aloud, or `trustAnchor: true`. */
      add: (body: z.input<typeof v1.AddPeerRequest>) => call('POST', '/peers', v1.Peer, body),
      suspend: (nodeId: string) => call('POST', `/peers/${enc(nodeId)}/suspend`, Nothing),
      resume: (nodeId: string) => call('POST', `/peers/${enc(nodeId)}/resume`, Nothing),
      remove: (nodeId: string) => call('DELETE', `/peers/${enc(nodeId)}`, Nothing),
    },
    sharing: {
      groups: () => call('GET', '/sharing/groups', v1.SharingGroup.array()),
      createGroup: (body: z.input<typeof v1.CreateSharingGroup>) =>
        call('POST', '/sharing/groups', Created, body),
      setMembers: (groupId: string, members: readonly string[]) =>
        call('PUT', `/sharing/groups/${enc(groupId)}/members`, Nothing, { members }),
      rules: (bankIdOrName: string) =>
        call('GET', `/banks/${enc(bankIdOrName)}/sharing-rules`, v1.SharingRule.array()),
      addRule: (bankIdOrName: string, body: z.input<typeof v1.CreateSharingRule>) =>
        call('POST', `/banks/${enc(bankIdOrName)}/sharing-rules`, v1.SharingRule, body),
      removeRule: (ruleId: string) => call('DELETE', `/sharing-rules/${enc(ruleId)}`, Nothing),
      /** What each peer would receive of the bank now, and why the rest would not go. */
      preview: (bankIdOrName: string) =>
        call('GET', `/banks/${enc(bankIdOrName)}/sharing-preview`, v1.SharingPreview),
    },
    /** Banks peers have offered to share with this node. */
    offers: () => call('GET', '/offers', v1.BankOffer.array()),
    subscriptions: {
      list: () => call('GET', '/subscriptions', v1.Subscription.array()),
      create: (body: z.input<typeof v1.CreateSubscription>) =>
        call('POST', '/subscriptions', v1.Subscription, body),
      /** Pulls what the peer has for the subscription now. */
      sync: (subscriptionId: string) =>
        call('POST', `/subscriptions/${enc(subscriptionId)}/sync`, v1.PullResult),
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
    /** The legal knowledge base, with the national profiles in force on this node. */
    law: {
      countries: () => call('GET', '/law/countries', v1.LawCountry.array()),
      country: (iso2: string) => call('GET', `/law/countries/${enc(iso2)}`, v1.LawCountryDetail),
      harmonisation: (iso2: string) =>
        call('GET', `/law/countries/${enc(iso2)}/harmonisation`, v1.LawHarmonisationReport),
      /** A link the browser can follow to download the report (format: csv or json). */
      harmonisationUrl: (iso2: string, format: 'csv' | 'json') =>
        `${base}/law/countries/${enc(iso2)}/harmonisation${queryString({ format })}`,
      instruments: () => call('GET', '/law/instruments', v1.LawInstrumentSummary.array()),
      instrument: (id: string) =>
        call('GET', `/law/instruments/${enc(id)}`, v1.LawInstrumentDetail),
      plan: (body: z.input<typeof v1.LawPlanRequest>) =>
        call('POST', '/law/plan', v1.LawPlan, body),
      map: (query: { instrument: string } | { metric: 'gaps' }) =>
        call('GET', '/law/map', v1.LawMap, undefined, stringify(query)),
      profiles: (jurisdiction?: string) =>
        call('GET', '/law/profiles', v1.LawProfileVersion.array(), undefined, { jurisdiction }),
      /** Publishes this node's jurisdiction's profile (administrators); it goes to every active peer. */
      publish: (body: z.input<typeof v1.LawPublishProfileRequest>) =>
        call('POST', '/law/profile', v1.LawPublishResult, body),
      /** Imports a peer's signed profile file (parsed JSON); refused with a code if it does not verify. */
      importProfile: (file: unknown) =>
        call('POST', '/law/profiles/import', v1.LawImportResult, file),
      /** A link to download this node's newest signed profile (administrators). */
      exportUrl: () => `${base}/law/profile/export`,
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
