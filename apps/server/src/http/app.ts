import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { NodeContext } from '../node/node-context.ts';
import { registerAccessControl } from './access.ts';
import { apiError, handleError } from './api-error.ts';
import { SignalIndex } from '../banks/signal-index.ts';
import { Federation, type FederationOptions } from '../federation/federation.ts';
import { registerFederationRoutes } from './routes/federation-routes.ts';
import { registerLawRoutes } from './routes/law-routes.ts';
import { registerPeerRoutes } from './routes/peer-routes.ts';
import { registerAuditRoutes } from './routes/audit-routes.ts';
import { registerBankRoutes } from './routes/bank-routes.ts';
import { registerScanReportRoutes } from './routes/scan-report-routes.ts';
import { registerMeRoutes } from './routes/me-routes.ts';
import { registerNodeRoutes } from './routes/node-routes.ts';
import { registerSessionRoutes } from './routes/session-routes.ts';
import { registerUserRoutes } from './routes/user-routes.ts';
import { registerSecurityHeaders } from './security-headers.ts';

export interface AppOptions {
  /** The built web UI to serve at /, or null for an API-only node. */
  readonly webRoot: string | null;
  /** Trust X-Forwarded-* from a reverse proxy (for client addresses and Secure cookies). */
  readonly trustProxy: boolean;
  readonly logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** Largest request body accepted, in bytes. */
  readonly bodyLimit?: number;
  /** How this node talks to its peers (tests and the demo pass a transport). */
  readonly federation?: FederationOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The node's long-lived parts, for the process that serves it. */
    concord: { readonly federation: Federation; readonly signalIndex: SignalIndex };
  }
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** The node's HTTP server: API under /api/v1, its OpenAPI document and docs, and the web UI. */
export async function buildApp(ctx: NodeContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy,
    logController: new LogController({ disableRequestLogging: options.logLevel !== 'debug' }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(fastifyCookie);
  registerSecurityHeaders(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Concord node API',
        version: ctx.version,
        description:
          'Every error is {"error": {"code", "message"}} with a stable snake_case code. Browser sessions send X-CSRF-Token on changes; scripts send an API token as "Authorization: Bearer concord_...".',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'concord_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: false });

  const signalIndex = new SignalIndex();
  await signalIndex.load(ctx.storage);
  const federation = new Federation(ctx, options.federation);
  app.decorate('concord', { federation, signalIndex });

  await app.register(
    async (api) => {
      const zodApi = api.withTypeProvider<ZodTypeProvider>();
      registerAccessControl(zodApi, ctx);
      registerNodeRoutes(zodApi, ctx);
      registerSessionRoutes(zodApi, ctx);
      registerMeRoutes(zodApi, ctx);
      registerUserRoutes(zodApi, ctx);
      registerAuditRoutes(zodApi, ctx);
      registerBankRoutes(zodApi, ctx, signalIndex);
      registerScanReportRoutes(zodApi, ctx);
      registerPeerRoutes(zodApi, ctx, federation);
      registerLawRoutes(zodApi, ctx, federation);
      zodApi.get(
        '/openapi.json',
        { config: { access: { kind: 'public' } }, schema: { hide: true } },
        async () => app.swagger(),
      );
    },
    { prefix: '/api/v1' },
  );

  await app.register(
    async (fed) =>
      registerFederationRoutes(fed.withTypeProvider<ZodTypeProvider>(), ctx, federation),
    { prefix: '/federation/v1' },
  );

  const index = options.webRoot ? join(options.webRoot, 'index.html') : null;
  if (options.webRoot && index && existsSync(index)) {
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false, index: false });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage =
      request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/federation/');
    if (isPage && index && existsSync(index)) {
      // The web UI routes in the browser: any other page path gets the app.
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .sendFile('index.html');
    }
    throw apiError('not_found', `nothing at ${request.method} ${path}`);
  });
  return app;
}
