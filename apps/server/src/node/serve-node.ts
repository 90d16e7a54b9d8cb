import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../http/app.ts';
import type { NodeContext } from './node-context.ts';
import { startHousekeeping } from './housekeeping.ts';

export interface ServeOptions extends AppOptions {
  readonly host: string;
  readonly port: number;
}

export interface RunningNode {
  readonly app: FastifyInstance;
  readonly url: string;
  stop(): Promise<void>;
}

/** Listens on host:port until stopped; stopping also closes the database. */
export async function serveNode(ctx: NodeContext, options: ServeOptions): Promise<RunningNode> {
  const app = await buildApp(ctx, options);
  const stopHousekeeping = startHousekeeping(ctx, (error) =>
    app.log.error({ err: error }, 'housekeeping failed'),
  );
  app.concord.federation.start((error) => app.log.error({ err: error }, 'federation loop failed'));
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    app,
    url: `http://${host}:${port}`,
    async stop() {
      stopHousekeeping();
      app.concord.federation.stop();
      await app.close();
      await ctx.storage.close();
    },
  };
}
