import { z } from 'zod';
import { v1 } from '@concord/protocol';
import { actorOf } from '../../accounts/principal.ts';
import {
  importProfileFile,
  lawCountries,
  lawCountry,
  lawHarmonisation,
  lawMapOf,
  lawPlan,
  lawProfileFile,
  lawProfileVersions,
} from '../../law/law-service.ts';
import { instrumentDetail, listInstruments } from '../../law/law-queries.ts';
import {
  exportOwnProfile,
  publishProfile,
  type ProfileSender,
} from '../../law/profile-publication.ts';
import { wireProfileFile } from '../../law/wire-data.ts';
import type { NodeContext } from '../../node/node-context.ts';
import { unwrap } from '../api-error.ts';
import { principalOf } from '../principal-of.ts';
import type { ZodApp } from '../zod-app.ts';

const errors = {
  400: v1.ErrorBody,
  401: v1.ErrorBody,
  403: v1.ErrorBody,
  404: v1.ErrorBody,
};
/** Legal data is for every signed-in user; it holds nothing about cases. */
const read = { kind: 'signed_in', permission: 'node:read' } as const;
/** Publishing and importing national profiles is node administration. */
const admin = { kind: 'signed_in', permission: 'federation:admin' } as const;
const tags = ['law'];

/** The legal knowledge base: countries, instruments, the planner, harmonisation, the map, profiles. */
export function registerLawRoutes(app: ZodApp, ctx: NodeContext, sender: ProfileSender): void {
  app.get('/law/countries', {
    config: { access: read },
    schema: {
      tags,
      summary: 'Jurisdictions the node knows, with party status, gaps and the profile in force',
      response: { 200: v1.LawCountry.array(), ...errors },
    },
    handler: async () => lawCountries(ctx),
  });

  app.get('/law/countries/:iso2', {
    config: { access: read },
    schema: {
      tags,
      summary: 'A country: parties, profile (bundled and published versions), gaps, sources',
      description:
        'Any ISO 3166-1 alpha-2 code: outside the bundled dataset every value is unknown unless its node published a profile. An invalid code is unknown_jurisdiction.',
      params: v1.LawCountryParams,
      response: { 200: v1.LawCountryDetail, ...errors },
    },
    handler: async (request) => unwrap(await lawCountry(ctx, request.params.iso2)),
  });

  app.get('/law/countries/:iso2/harmonisation', {
    config: { access: read },
    schema: {
      tags,
      summary: 'Harmonisation report: each criterion met, not met or unknown, with sources',
      description:
        'Criteria: ICMEC 1-5, OPSC Art. 3, Budapest Art. 9, Lanzarote Arts. 18-24. format=csv answers text/csv.',
      params: v1.LawCountryParams,
      querystring: v1.LawHarmonisationQuery,
      produces: ['application/json', 'text/csv'],
      response: {
        200: v1.LawHarmonisationReport.or(z.string().describe('CSV, one criterion per line')),
        ...errors,
      },
    },
    handler: async (request, reply) => {
      const { iso2 } = request.params;
      const result = unwrap(await lawHarmonisation(ctx, iso2, request.query.format));
      if (result.kind === 'json') return result.report;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="concord-harmonisation-${iso2}.csv"`)
        .send(result.text);
    },
  });

  app.get('/law/instruments', {
    config: { access: read },
    schema: {
      tags,
      summary: 'Instruments with their application and party counts',
      response: { 200: v1.LawInstrumentSummary.array(), ...errors },
    },
    handler: async () => listInstruments(),
  });

  app.get('/law/instruments/:id', {
    config: { access: read },
    schema: {
      tags,
      summary: 'An instrument: provisions, deadlines, reservations, every jurisdiction’s standing',
      params: v1.LawInstrumentParams,
      response: { 200: v1.LawInstrumentDetail, ...errors },
    },
    handler: async (request) => unwrap(instrumentDetail(request.params.id)),
  });

  app.post('/law/plan', {
    config: { access: read },
    schema: {
      tags,
      summary: 'Plan cooperation between two jurisdictions for conducts and measures',
      description:
        'Exactly what `concord law plan --json` prints, with the national profiles in force on this node. Codes: unknown_jurisdiction, same_jurisdiction, unknown_conduct, unknown_measure, unknown_urgency, invalid_request.',
      body: v1.LawPlanRequest,
      response: { 200: v1.LawPlan, ...errors },
    },
    handler: async (request) => unwrap(await lawPlan(ctx, request.body)),
  });

  app.get('/law/map', {
    config: { access: read },
    schema: {
      tags,
      summary: 'World map data: party status under an instrument, or harmonisation gaps',
      querystring: v1.LawMapQuery,
      response: { 200: v1.LawMap, ...errors },
    },
    handler: async (request) => lawMapOf(ctx, request.query),
  });

  registerProfileRoutes(app, ctx, sender);
}

function registerProfileRoutes(app: ZodApp, ctx: NodeContext, sender: ProfileSender): void {
  app.get('/law/profiles', {
    config: { access: read },
    schema: {
      tags,
      summary: 'Published profile versions held (own and received), newest first',
      querystring: v1.LawProfileVersionsQuery,
      response: { 200: v1.LawProfileVersion.array(), ...errors },
    },
    handler: async (request) => lawProfileVersions(ctx, request.query.jurisdiction),
  });

  app.get('/law/profiles/:id', {
    config: { access: read },
    schema: {
      tags,
      summary: 'One held profile version as its signed file',
      params: v1.LawProfileVersionParams,
      response: { 200: v1.LawSignedProfileFile, ...errors },
    },
    handler: async (request) => unwrap(await lawProfileFile(ctx, request.params.id)),
  });

  app.post('/law/profile', {
    config: { access: admin },
    schema: {
      tags,
      summary: "Publish the profile of this node's own jurisdiction (signed, sent to active peers)",
      description:
        'Values left out stay as the bundled research says. Each value cites the ids of the sources given. Audited as law.profile_publish.',
      body: v1.LawPublishProfileRequest,
      response: { 201: v1.LawPublishResult, ...errors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(principalOf(request));
      const published = unwrap(await publishProfile(ctx, sender, actor, request.body));
      return reply.status(201).send(published);
    },
  });

  app.get('/law/profile/export', {
    config: { access: admin },
    schema: {
      tags,
      summary: 'The signed file of the newest profile this node published (audited)',
      response: { 200: v1.LawSignedProfileFile, ...errors },
    },
    handler: async (request, reply) => {
      const file = unwrap(await exportOwnProfile(ctx, actorOf(principalOf(request))));
      return reply
        .header(
          'content-disposition',
          `attachment; filename="concord-profile-${file.profile.jurisdiction}.json"`,
        )
        .send(wireProfileFile(file));
    },
  });

  app.post('/law/profiles/import', {
    config: { access: admin },
    schema: {
      tags,
      summary: 'Import a signed profile file from a peer (verified against its card; audited)',
      description:
        'The body is the file as exported. Refused, changing nothing: invalid_profile, unsigned_profile, publisher_not_authoritative (its node is not of that jurisdiction), unknown_signer (not a peer), bad_signature.',
      body: z.unknown().describe('LawSignedProfileFile'),
      response: { 200: v1.LawImportResult, 201: v1.LawImportResult, ...errors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(principalOf(request));
      const imported = unwrap(
        await importProfileFile(ctx, actor, JSON.stringify(request.body ?? null)),
      );
      return reply.status(imported.created ? 201 : 200).send(imported);
    },
  });
}
