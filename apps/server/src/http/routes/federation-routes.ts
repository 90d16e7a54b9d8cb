import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { v1 } from '@concord/protocol';
import type { Federation } from '../../federation/federation.ts';
import { signedOwnCard } from '../../federation/own-card.ts';
import type { NodeContext } from '../../node/node-context.ts';
import type { ZodApp } from '../zod-app.ts';

/** Statuses for what a node answers another node; the codes come from the envelope checks. */
const STATUS: Readonly<Record<string, number>> = {
  malformed_envelope: 400,
  decryption_failed: 400,
  envelope_too_large: 413,
  unknown_sender: 401,
  unknown_key: 401,
  bad_signature: 401,
  suspended_sender: 403,
  // Not 421 Misdirected Request: fetch (undici) sends a request again on 421,
  // so every misaddressed envelope would arrive, and be refused, twice.
  wrong_recipient: 400,
  expired: 410,
  not_yet_valid: 425,
  replayed: 409,
  unsupported_schema_version: 422,
  unknown_type: 422,
  payload_invalid: 422,
  not_shared: 404,
};

function refuse(reply: FastifyReply, error: { code: string; message: string }) {
  return reply
    .status(STATUS[error.code] ?? 400)
    .send({ error: { code: error.code, message: error.message } });
}

/** Largest envelope a node accepts from a peer (a sync page of 5,000 signals is a few MB). */
export const ENVELOPE_BODY_LIMIT = 96 * 1024 * 1024;

/**
 * The node-to-node endpoints. They need no session: every request is an
 * envelope whose signature names its sender, checked against the sender's card.
 */
export function registerFederationRoutes(
  app: ZodApp,
  ctx: NodeContext,
  federation: Federation,
): void {
  app.get('/card', {
    schema: {
      tags: ['federation'],
      summary: "This node's signed card",
      response: { 200: z.record(z.string(), z.unknown()) },
    },
    handler: async () =>
      JSON.parse(JSON.stringify(await signedOwnCard(ctx))) as Record<string, unknown>,
  });

  app.post('/inbox', {
    bodyLimit: ENVELOPE_BODY_LIMIT,
    schema: {
      tags: ['federation'],
      summary: 'Receive one envelope from a peer; answers with a signed receipt',
      description:
        'Idempotent: sending the same envelope again returns the same receipt. Refusals carry the reason code (unknown_sender, bad_signature, wrong_recipient, expired, replayed, unsupported_schema_version, payload_invalid, ...).',
      body: v1.EnvelopeTransfer,
      response: {
        200: v1.ReceiptTransfer,
        400: v1.ErrorBody,
        401: v1.ErrorBody,
        403: v1.ErrorBody,
        409: v1.ErrorBody,
        410: v1.ErrorBody,
      },
    },
    handler: async (request, reply) => {
      const received = await federation.receive(request.body.envelope, request.ip);
      return received.ok ? { receipt: received.value.receipt } : refuse(reply, received.error);
    },
  });

  app.post('/inbox/batch', {
    bodyLimit: ENVELOPE_BODY_LIMIT,
    schema: {
      tags: ['federation'],
      summary: 'Receive several envelopes from a peer, in order; answers with a receipt for each',
      description:
        'Each envelope is checked as on /inbox and gets its own signed receipt; the accepted ones commit together. With receiptVersion 2, the receipts of the messages accepted together share one signature over a Merkle tree (RFC 9162) and each carries its inclusion proof (a flattened JWS JSON serialization). The results follow the order sent and stop at the first refusal (its code as on /inbox); the sender sends what got no result again.',
      body: v1.EnvelopeBatchTransfer,
      response: { 200: v1.ReceiptBatchTransfer, 400: v1.ErrorBody },
    },
    handler: async (request) => {
      const results = await federation.receiveBatch(
        request.body.envelopes,
        request.ip,
        request.body.receiptVersion ?? 1,
      );
      return {
        results: results.map((r) =>
          r.ok
            ? { receipt: r.value.receipt }
            : { error: { code: r.error.code, message: r.error.message } },
        ),
      };
    },
  });

  app.post('/sync', {
    bodyLimit: 1024 * 1024,
    schema: {
      tags: ['federation'],
      summary: 'Answer a signed request for the changes of a shared bank with a sealed page',
      body: v1.EnvelopeTransfer,
      response: {
        200: v1.SyncPageTransfer,
        400: v1.ErrorBody,
        401: v1.ErrorBody,
        403: v1.ErrorBody,
        404: v1.ErrorBody,
      },
    },
    handler: async (request, reply) => {
      const answered = await federation.answerSync(request.body.envelope, request.ip);
      return answered.ok ? answered.value : refuse(reply, answered.error);
    },
  });
}
