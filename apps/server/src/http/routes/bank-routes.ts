import { Readable } from 'node:stream';
import { FORMATS } from '@concord/formats';
import { z } from 'zod';
import { v1 } from '@concord/protocol';
import type { HandlingCode } from '@concord/core';
import type { BankSummary, SignalRecord } from '@concord/storage';
import { createBank, findBank, retractSignal, searchSignals } from '../../banks/bank-service.ts';
import { exportableItems, importHashSet } from '../../banks/bank-transfer.ts';
import { matchHashes } from '../../banks/match-service.ts';
import type { SignalIndex } from '../../banks/signal-index.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { record } from '../../audit/audit-trail.ts';
import { apiError, unwrap } from '../api-error.ts';
import { principalOf } from '../principal-of.ts';
import { actorOf } from '../../accounts/principal.ts';
import { subjectOf } from '../../banks/signal-policy.ts';
import type { ZodApp } from '../zod-app.ts';

const errors = {
  400: v1.ErrorBody,
  401: v1.ErrorBody,
  403: v1.ErrorBody,
  404: v1.ErrorBody,
  409: v1.ErrorBody,
};

/** The wire shape of a handling code (its lists mutable, as zod's types are). */
function presentHandling(handling: HandlingCode): v1.HandlingCode {
  const purposes = handling.restrictions.permittedPurposes;
  return {
    ...handling,
    restrictions: { ...handling.restrictions, permittedPurposes: purposes ? [...purposes] : null },
  };
}

export function presentBank(bank: BankSummary, localNodeId: string): v1.Bank {
  return {
    id: bank.id,
    name: bank.name,
    description: bank.description,
    origin: bank.originNodeId === localNodeId ? 'local' : bank.originNodeId,
    handling: presentHandling(bank.handling),
    signalCount: bank.signalCount,
    changeSeq: bank.changeSeq,
    createdAt: bank.createdAt,
    updatedAt: bank.updatedAt,
  };
}

export function presentSignal(s: SignalRecord): v1.Signal {
  // The sender's id (remoteId) stays inside the node: tombstones need it, people do not.
  const {
    extra: _extra,
    changeSeq: _changeSeq,
    remoteId: _remoteId,
    handling,
    provenance,
    ...rest
  } = s;
  return {
    ...rest,
    handling: presentHandling(handling),
    provenance: provenance ? { origin: provenance.origin, path: [...provenance.path] } : null,
  };
}

/** Largest hash-set file accepted over the API. */
export const IMPORT_BODY_LIMIT = 256 * 1024 * 1024;

/** Hash banks, their signals, and matching hashes against them. */
export function registerBankRoutes(app: ZodApp, ctx: NodeContext, index: SignalIndex): void {
  const nodeId = ctx.identity.nodeId;
  // Hash-set files arrive as raw bytes; formats decode and check them.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.post('/banks/:id/import', {
    config: { access: { kind: 'signed_in', permission: 'banks:write' } },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['banks'],
      summary:
        'Import a hash-set file into a local bank (body: the file, as application/octet-stream)',
      description:
        'Every bad row is reported with its line and reason. Good rows are written in one transaction; with strict=true nothing is written when any row is bad.',
      params: v1.BankIdParams,
      querystring: v1.ImportQuery,
      response: { 200: v1.ImportReport, ...errors, 413: v1.ErrorBody, 415: v1.ErrorBody },
    },
    handler: async (request) => {
      const bank = unwrap(await findBank(ctx, request.params.id));
      if (!Buffer.isBuffer(request.body))
        throw apiError('unsupported_media_type', 'send the file as application/octet-stream');
      const q = request.query;
      const report = unwrap(
        await importHashSet(ctx, actorOf(principalOf(request)), bank, request.body, {
          format: q.format,
          strict: q.strict,
          gradedBy: q.gradedBy ?? null,
          lawfulBasis: q.lawfulBasis ?? null,
          ...(q.signalType ? { signalType: q.signalType } : {}),
          ...(q.vicsCategoryScheme ? { vicsCategoryScheme: q.vicsCategoryScheme } : {}),
        }),
      );
      await index.refresh(ctx.storage);
      return {
        ...report,
        problems: report.problems.map((p) => ({
          line: p.line,
          path: p.path,
          code: p.code,
          message: p.message,
        })),
      };
    },
  });

  app.get('/banks/:id/export', {
    config: { access: { kind: 'signed_in', permission: 'banks:export' } },
    schema: {
      tags: ['banks'],
      summary: 'Export a bank as a hash-set file (audited with its purpose)',
      description:
        'Signals the handling codes do not let you export are left out (their number is in the X-Concord-Withheld header), as are hashes the format has no place for (X-Concord-Not-In-Format).',
      params: v1.BankIdParams,
      querystring: v1.ExportQuery,
      produces: ['application/octet-stream'],
      response: { 200: z.string(), ...errors },
    },
    handler: async (request, reply) => {
      const bank = unwrap(await findBank(ctx, request.params.id));
      const format = FORMATS[request.query.format];
      const principal = principalOf(request);
      const { items, withheld } = await exportableItems(
        ctx,
        actorOf(principal),
        subjectOf(principal, nodeId, request.query.purpose),
        bank,
        format.id,
        request.query.purpose,
      );
      // Hashes the format has no place for are left out; say how many rather than drop them silently.
      const unsupported = items.reduce(
        (n, item) =>
          n + item.signals.filter((s) => !format.holds.signalTypes.includes(s.type)).length,
        0,
      );
      const text = (async function* () {
        for await (const event of format.serialise(items))
          if (event.kind === 'text') yield event.text;
      })();
      return (
        reply
          .type('application/octet-stream')
          .header(
            'content-disposition',
            `attachment; filename="${bank.name}${format.extensions[0] ?? '.txt'}"`,
          )
          .header('x-concord-withheld', String(withheld.count))
          .header('x-concord-not-in-format', String(unsupported))
          // Fastify streams a Readable untouched; the typed reply only knows the schema's string.
          .send(Readable.from(text) as unknown as string)
      );
    },
  });

  app.get('/banks', {
    config: { access: { kind: 'signed_in', permission: 'banks:read' } },
    schema: {
      tags: ['banks'],
      summary: 'Hash banks on this node, local and received',
      response: { 200: v1.Bank.array(), ...errors },
    },
    handler: async (request) => {
      const banks = await ctx.storage.banks.list();
      await record(ctx.storage, ctx.clock, actorOf(principalOf(request)), {
        action: 'bank.read',
        outcome: 'success',
        objectType: 'bank',
        details: { listed: banks.length },
      });
      return banks.map((b) => presentBank(b, nodeId));
    },
  });

  app.post('/banks', {
    config: { access: { kind: 'signed_in', permission: 'banks:write' } },
    schema: {
      tags: ['banks'],
      summary: 'Create a local hash bank',
      body: v1.CreateBankRequest,
      response: { 201: v1.Bank, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          presentBank(
            unwrap(await createBank(ctx, actorOf(principalOf(request)), request.body)),
            nodeId,
          ),
        ),
  });

  app.get('/banks/:id', {
    config: { access: { kind: 'signed_in', permission: 'banks:read' } },
    schema: {
      tags: ['banks'],
      summary: 'One bank, by id or name',
      params: v1.BankIdParams,
      response: { 200: v1.Bank, ...errors },
    },
    handler: async (request) => {
      const bank = unwrap(await findBank(ctx, request.params.id));
      await record(ctx.storage, ctx.clock, actorOf(principalOf(request)), {
        action: 'bank.read',
        outcome: 'success',
        objectType: 'bank',
        objectId: bank.id,
      });
      return presentBank(bank, nodeId);
    },
  });

  app.get('/banks/:id/signals', {
    config: { access: { kind: 'signed_in', permission: 'banks:read' } },
    schema: {
      tags: ['banks'],
      summary:
        "Search a bank's signals (audited; items the handling codes keep from you are counted, not shown)",
      params: v1.BankIdParams,
      querystring: v1.SignalQuery,
      response: { 200: v1.SignalPage, ...errors },
    },
    handler: async (request) => {
      const bank = unwrap(await findBank(ctx, request.params.id));
      const { page, pageSize, purpose, ...filter } = request.query;
      const found = await searchSignals(ctx, principalOf(request), {
        filter: { ...filter, bankId: bank.id },
        page,
        pageSize,
        purpose: purpose ?? null,
      });
      return {
        items: found.items.map(presentSignal),
        total: found.total,
        page,
        pageSize,
        withheld: found.withheld,
      };
    },
  });

  app.get('/signals', {
    config: { access: { kind: 'signed_in', permission: 'banks:read' } },
    schema: {
      tags: ['banks'],
      summary: 'Search signals across all banks (audited)',
      querystring: v1.SignalQuery,
      response: { 200: v1.SignalPage, ...errors },
    },
    handler: async (request) => {
      const { page, pageSize, purpose, ...filter } = request.query;
      const found = await searchSignals(ctx, principalOf(request), {
        filter,
        page,
        pageSize,
        purpose: purpose ?? null,
      });
      return {
        items: found.items.map(presentSignal),
        total: found.total,
        page,
        pageSize,
        withheld: found.withheld,
      };
    },
  });

  app.post('/signals/:id/retract', {
    config: { access: { kind: 'signed_in', permission: 'banks:write' } },
    schema: {
      tags: ['banks'],
      summary: 'Retract a signal of a local bank (a tombstone that sync carries)',
      params: v1.BankIdParams,
      body: v1.RetractRequest,
      response: { 200: v1.Signal, ...errors },
    },
    handler: async (request) =>
      presentSignal(
        unwrap(
          await retractSignal(ctx, principalOf(request), request.params.id, request.body.reason),
        ),
      ),
  });

  app.post('/match', {
    config: { access: { kind: 'signed_in', permission: 'match:run' } },
    schema: {
      tags: ['banks'],
      summary: 'Match hashes against every bank on this node',
      description:
        'PDQ within the threshold over the given dihedral variants, digests exactly, vPDQ by the video rule. Matches hidden by handling codes are counted under withheld.',
      body: v1.MatchRequest,
      response: { 200: v1.MatchResponse, ...errors },
    },
    handler: async (request) => {
      const { hashes, threshold, purpose } = request.body;
      const results = unwrap(
        await matchHashes(ctx, index, principalOf(request), {
          hashes,
          threshold,
          purpose: purpose ?? null,
        }),
      );
      return {
        results: results.map((r) => ({
          ...r,
          matches: r.matches.map((m) => ({ ...m, signal: presentSignal(m.signal) })),
        })),
      };
    },
  });
}
