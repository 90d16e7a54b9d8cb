import { z } from 'zod';
import { Instant, type ApiErrorCode } from './common.ts';

/*
 * The legal knowledge base over HTTP: countries, instruments, the cooperation planner,
 * harmonisation reports, the choropleth map, and national profiles published by each
 * jurisdiction's own node. The id lists mirror @concord/law (protocol depends on core only);
 * test/law/law-api.test.ts fails if they part. Every legal value carries its sources,
 * basis and as-of date; 'unknown' is a value, never a gap to fill in.
 */

export const LAW_INSTRUMENT_IDS = [
  'OPSC',
  'BUDAPEST',
  'CETS224',
  'LANZAROTE',
  'ILO_C182',
  'HAGUE1980',
  'UNTOC_TIP',
  'UNCC',
  'EU_DIR_2011_93',
  'EU_EIO',
  'EU_EEVIDENCE',
  'US_CLOUD',
] as const;
export const LAW_CONDUCT_IDS = [
  'csam.production',
  'csam.distribution',
  'csam.procuring',
  'csam.possession',
  'csam.access',
  'csam.appearing_minor',
  'csam.virtual_realistic',
  'csam.nonvisual_or_drawn',
  'csam.self_generated',
  'livestream.performance',
  'grooming.meeting',
  'grooming.sexual_communication',
  'sextortion',
  'child_prostitution',
  'sale_of_children',
  'trafficking.child',
  'csam.ai_tools',
] as const;
export const LAW_MEASURES = [
  'preservation',
  'subscriber_info',
  'traffic_data',
  'content_data',
  'search_seizure',
  'spontaneous_info',
  'emergency_disclosure',
  'extradition',
  'jit',
] as const;
export const LAW_URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export const LAW_BASES = ['direct', 'derived', 'weak', 'none'] as const;
export const LAW_PARTY_STATUSES = [
  'party',
  'signatory',
  'not_party',
  'not_signed',
  'unknown',
] as const;
export const LAW_CRIMINALISATION = ['yes', 'no', 'partial', 'unknown'] as const;
export const LAW_LEGISLATION_FIELDS = [
  'csamSpecificLaw',
  'csamDefinition',
  'technologyFacilitatedOffences',
  'ispReportingDuty',
] as const;
export const LAW_PLAN_WARNING_CODES = [
  'data_unknown',
  'weak_source',
  'unverified_provision',
  'instrument_not_in_force',
  'eu_instrument_outside_eu',
  'reservation_removes_conduct',
  'nationality_bar_extradition',
  'dual_criminality_not_satisfied',
  'partial_criminalisation',
  'conduct_outside_instrument',
  'no_legal_basis',
  'preservation_recommended',
  'cloud_agreement_limits',
] as const;
export const LAW_EXCLUSION_CODES = [
  'no_covering_provision',
  'conduct_not_covered',
  'not_in_force',
  'in_force_unknown',
  'eu_only',
  'not_party',
  'signatory_only',
  'status_unknown',
  'weak_source',
  'reservation',
] as const;

/**
 * Error codes of the law routes, besides the general ones (invalid_request, not_found,
 * forbidden...). The first six are the planner's own input codes.
 */
export const LAW_ERROR_CODES = [
  'unknown_jurisdiction',
  'same_jurisdiction',
  'unknown_conduct',
  'unknown_measure',
  'unknown_urgency',
  'invalid_date',
  'unknown_instrument',
  /** A profile file or body that does not read as a profile document. */
  'invalid_profile',
  /** A profile file without a signature. */
  'unsigned_profile',
  /** A node publishing (or a file claiming) a profile for a jurisdiction that is not its own. */
  'publisher_not_authoritative',
  'jurisdiction_mismatch',
  /** The publisher is neither a peer of this node nor this node. */
  'unknown_signer',
  /** The signature does not verify with the publisher's key. */
  'bad_signature',
] as const satisfies readonly ApiErrorCode[];
export type LawErrorCode = (typeof LAW_ERROR_CODES)[number];

export const LawInstrumentId = z.enum(LAW_INSTRUMENT_IDS);
export type LawInstrumentId = z.infer<typeof LawInstrumentId>;
export const LawConductId = z.enum(LAW_CONDUCT_IDS);
export type LawConductId = z.infer<typeof LawConductId>;
export const LawMeasure = z.enum(LAW_MEASURES);
export type LawMeasure = z.infer<typeof LawMeasure>;
export const LawBasis = z
  .enum(LAW_BASES)
  .describe(
    'direct: a source states it; derived: inferred; weak: a secondary digest; none: unknown',
  );
export const LawPartyStatus = z.enum(LAW_PARTY_STATUSES);
export type LawPartyStatus = z.infer<typeof LawPartyStatus>;
export const LawCriminalisation = z.enum(LAW_CRIMINALISATION);
export const LawLegislationField = z.enum(LAW_LEGISLATION_FIELDS);
export const LawIso2 = z.string().describe('ISO 3166-1 alpha-2 code, upper case');

/** A cited source, resolved. */
export const LawSource = z
  .object({ id: z.string(), title: z.string(), ref: z.string() })
  .meta({ id: 'LawSource' });

/** A source with the research's judgement of it (official, secondary, weak...). */
export const LawSourceRecord = z
  .object({ id: z.string(), title: z.string(), ref: z.string(), reliability: z.string() })
  .meta({ id: 'LawSourceRecord' });

const SourceIds = z.array(z.string());
const PartyYear = z.union([z.number().int(), z.literal('unknown')]);

// ---------------------------------------------------------------------------------------------
// Instruments and parties

export const LawReservationEffect = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('removes_conducts'), conducts: z.array(LawConductId) }),
  z.object({ kind: z.literal('narrows_conducts'), conducts: z.array(LawConductId) }),
  z.object({ kind: z.literal('excludes_articles'), articles: z.array(z.string()) }),
  z.object({ kind: z.literal('requires_dual_criminality_for_preservation') }),
]);

/** A reservation the research records for a State; others may exist. */
export const LawRecordedReservation = z.object({
  jurisdiction: z.string(),
  instrument: LawInstrumentId,
  article: z.string(),
  text: z.string(),
  effects: z.array(LawReservationEffect),
  unverified: z.boolean(),
  sources: SourceIds,
});

const LawPartyFields = z.object({
  jurisdiction: z.string(),
  instrument: LawInstrumentId,
  status: LawPartyStatus,
  year: PartyYear,
  basis: LawBasis,
  asOf: z.string().nullable(),
  note: z.string(),
  sources: SourceIds,
  reservations: z.array(LawRecordedReservation),
});

/** A jurisdiction's standing under an instrument. */
export const LawParty = LawPartyFields.meta({ id: 'LawParty' });

export const LawApplication = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('from'), date: z.string(), basis: LawBasis, sources: SourceIds }),
  z.object({ kind: z.literal('not_in_force'), why: z.string(), sources: SourceIds }),
  z.object({ kind: z.literal('unknown'), why: z.string() }),
  z.object({ kind: z.literal('per_agreement') }),
]);

export const LawPartiesCount = z.object({
  value: z.union([z.number(), z.string()]),
  signatories: z.number().nullable(),
  asOf: z.string().nullable(),
  note: z.string().nullable(),
  sources: SourceIds,
});

/** How many of the dataset's jurisdictions hold each status. */
export const LawStatusCounts = z.object({
  party: z.number().int(),
  signatory: z.number().int(),
  not_party: z.number().int(),
  not_signed: z.number().int(),
  unknown: z.number().int(),
});

export const LawInstrumentSummary = z
  .object({
    id: LawInstrumentId,
    title: z.string(),
    kind: z.string().describe('un_treaty, coe_treaty, ilo_convention, eu_directive, ...'),
    adopted: z.string(),
    entryIntoForce: z.string(),
    application: LawApplication,
    partiesCount: LawPartiesCount,
    /** Statuses over the dataset's jurisdictions. */
    statusCounts: LawStatusCounts,
  })
  .meta({ id: 'LawInstrumentSummary' });

export const LawInstrument = z
  .object({
    id: LawInstrumentId,
    title: z.string(),
    kind: z.string(),
    adopted: z.string(),
    entryIntoForce: z.string(),
    scope: z.string(),
    application: LawApplication,
    partiesCount: LawPartiesCount,
    provisions: z.array(
      z.object({
        article: z.string(),
        title: z.string(),
        summary: z.string(),
        unverified: z.boolean(),
        sources: SourceIds,
        topics: z.array(z.string()).describe('extradition, preservation, network_24_7, jit, ...'),
      }),
    ),
    deadlines: z.array(
      z.object({
        name: z.string(),
        value: z.union([z.number(), z.string()]),
        unit: z.string(),
        article: z.string(),
        kind: z.string(),
        unverified: z.boolean(),
        note: z.string().nullable(),
        sources: SourceIds,
      }),
    ),
    reservationExamples: z.array(
      z.object({
        party: z.string(),
        article: z.string(),
        text: z.string(),
        unverified: z.boolean(),
        sources: SourceIds,
      }),
    ),
    allowedReservations: z.array(
      z.object({
        instrument: LawInstrumentId,
        article: z.string(),
        covers: z.string(),
        effect: LawReservationEffect,
        unverified: z.boolean(),
        sources: SourceIds,
      }),
    ),
    notes: z.array(z.object({ text: z.string(), sources: SourceIds })),
    sources: SourceIds,
  })
  .meta({ id: 'LawInstrument' });

export const LawInstrumentDetail = z
  .object({
    instrument: LawInstrument,
    /** Every jurisdiction of the dataset under this instrument. */
    parties: z.array(LawPartyFields.extend({ name: z.string().nullable() })),
    statusCounts: LawStatusCounts,
    sources: z.array(LawSourceRecord),
  })
  .meta({ id: 'LawInstrumentDetail' });

export const LawInstrumentParams = z.strictObject({ id: z.string().min(1).max(64) });

// ---------------------------------------------------------------------------------------------
// National profiles: bundled (from the research), published (by the jurisdiction's own node)

export const LawContactPoint = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
});
const ContactValue = z.union([LawContactPoint, z.literal('unknown')]);
const AgeValue = z.union([z.number().int(), z.literal('unknown')]);
const LanguagesValue = z.union([z.array(z.string()), z.literal('unknown')]);
const YesNoUnknown = z.enum(['yes', 'no', 'unknown']);

function profileValue<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    basis: LawBasis,
    asOf: z.string().nullable(),
    sources: SourceIds,
    note: z.string().nullable(),
    unverified: z.boolean(),
  });
}

export const LawValueOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bundled') }),
  z.object({
    kind: z.literal('published'),
    nodeId: z.string(),
    publisherName: z.string().nullable(),
    publishedAt: z.string(),
  }),
]);

/** One value with both versions: the one in force, where it comes from, bundled and published. */
function profileField<T extends z.ZodType>(value: T) {
  return z.object({
    effective: profileValue(value),
    origin: LawValueOrigin,
    bundled: profileValue(value),
    published: profileValue(value).nullable(),
  });
}

export const LawNationalLawExample = z.object({
  iso2: z.string(),
  attribute: z.string(),
  value: z.string(),
  unverified: z.boolean(),
  note: z.string().nullable(),
  sources: SourceIds,
});

export const PROFILE_VERSION_VIAS = ['published', 'federation', 'file'] as const;

/** One stored version of a published profile: this node's own, or received. */
export const LawProfileVersion = z
  .object({
    /** SHA-256 (hex) of the signed document's canonical bytes. */
    id: z.string(),
    jurisdiction: z.string(),
    publisherNodeId: z.string(),
    publisherName: z.string().nullable(),
    publishedAt: z.string(),
    receivedAt: Instant,
    /** published: by this node; federation: from a peer's message; file: a signed file imported. */
    receivedVia: z.enum(PROFILE_VERSION_VIAS),
    /** The peer it came from, for federation. */
    receivedFrom: z.string().nullable(),
    signatureKeyId: z.string(),
    /** True for the version in force for its jurisdiction (the newest published). */
    authoritative: z.boolean(),
  })
  .meta({ id: 'LawProfileVersion' });
export type LawProfileVersion = z.infer<typeof LawProfileVersion>;

const SourceId = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/);
const ProfileText = z.string().min(1).max(2000);

function published<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    sources: z.array(SourceId).max(50),
    note: z.string().max(2000).nullable(),
  });
}
const StrictContact = z.union([
  z.strictObject({
    name: ProfileText,
    phone: ProfileText.nullable(),
    email: ProfileText.nullable(),
    address: ProfileText.nullable(),
  }),
  z.literal('unknown'),
]);

/** The values a node publishes for its jurisdiction; any left out stay as the bundled data says. */
export const LawPublishedValues = z
  .strictObject({
    conducts: z.partialRecord(LawConductId, published(LawCriminalisation)).optional(),
    csamAgeThreshold: published(
      z.union([z.number().int().min(10).max(21), z.literal('unknown')]),
    ).optional(),
    extraditesNationals: published(LawCriminalisation).optional(),
    acceptedLanguages: published(
      z.union([
        z
          .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))
          .min(1)
          .max(50),
        z.literal('unknown'),
      ]),
    ).optional(),
    centralAuthority: published(StrictContact).optional(),
    contact247: published(StrictContact).optional(),
    legislation: z.partialRecord(LawLegislationField, published(YesNoUnknown)).optional(),
  })
  .meta({ id: 'LawPublishedValues' });

const ProfileSources = z
  .array(z.strictObject({ id: SourceId, title: ProfileText, ref: ProfileText }))
  .max(200);

/** A national profile as its jurisdiction's node publishes it (`concord.law.profile/1`). */
export const LawProfileDocument = z
  .strictObject({
    schema: z.literal('concord.law.profile/1'),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/),
    publisher: z.strictObject({
      nodeId: z.string().regex(/^\S{1,200}$/),
      jurisdiction: z.string().regex(/^[A-Z]{2}$/),
      name: z.string().min(1).nullable(),
    }),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/),
    sources: ProfileSources,
    values: LawPublishedValues,
  })
  .meta({ id: 'LawProfileDocument' });

/**
 * The signed file a node exports and a peer imports, and the `law.profile` federation payload:
 * an Ed25519 signature (base64url) by the publishing node's signing key `keyId` over the
 * canonical JSON of `profile` (sorted keys, no whitespace, UTF-8).
 */
export const LawSignedProfileFile = z
  .strictObject({
    profile: LawProfileDocument,
    signature: z.strictObject({
      alg: z.literal('Ed25519'),
      keyId: z.string().min(1).max(200),
      value: z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/),
    }),
  })
  .meta({ id: 'LawSignedProfileFile' });
export type LawSignedProfileFile = z.infer<typeof LawSignedProfileFile>;

/** What an administrator publishes for the node's own jurisdiction. */
export const LawPublishProfileRequest = z.strictObject({
  sources: ProfileSources,
  values: LawPublishedValues,
});
export type LawPublishProfileRequest = z.infer<typeof LawPublishProfileRequest>;

export const LawPublishResult = z
  .object({
    version: LawProfileVersion,
    /** Active peers the profile was queued for. */
    sentTo: z.array(z.string()),
    /** Peers it could not be queued for, and why. */
    notSent: z.array(z.object({ peerNodeId: z.string(), code: z.string(), message: z.string() })),
  })
  .meta({ id: 'LawPublishResult' });

export const LawImportResult = z
  .object({
    version: LawProfileVersion,
    /** False when this exact version was already held (nothing changed). */
    created: z.boolean(),
  })
  .meta({ id: 'LawImportResult' });

export const LawProfileVersionsQuery = z.strictObject({
  jurisdiction: z.string().max(8).optional(),
});
export const LawProfileVersionParams = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A country's profile: every value with its bundled and published versions and which is in force. */
export const LawCountryProfile = z
  .object({
    jurisdiction: z.string(),
    name: z.string().nullable(),
    /** published: a profile its own node published is in force; bundled: only the research. */
    authoritative: z.enum(['published', 'bundled']),
    /** The published version in force, with its publisher and date. */
    publication: LawProfileVersion.nullable(),
    conducts: z.array(profileField(LawCriminalisation).extend({ conduct: LawConductId })),
    csamAgeThreshold: profileField(AgeValue),
    extraditesNationals: profileField(LawCriminalisation),
    acceptedLanguages: profileField(LanguagesValue),
    centralAuthority: profileField(ContactValue),
    contact247: profileField(ContactValue),
    legislation: z.array(profileField(YesNoUnknown).extend({ field: LawLegislationField })),
    /** Every research example about the jurisdiction, verbatim. */
    examples: z.array(LawNationalLawExample),
    /** The signed published document in force, as received (for display and editing). */
    document: LawSignedProfileFile.nullable(),
  })
  .meta({ id: 'LawCountryProfile' });

// ---------------------------------------------------------------------------------------------
// Harmonisation

export const LawCriterionResult = z.enum(['met', 'not_met', 'unknown']);
export const LawHarmonisationTotals = z.object({
  met: z.number().int(),
  not_met: z.number().int(),
  unknown: z.number().int(),
});

export const LawHarmonisationReport = z
  .object({
    jurisdiction: z.string(),
    name: z.string().nullable(),
    dataset: z.object({ sourceFile: z.string(), sha256: z.string() }),
    rows: z.array(
      z.object({
        criterion: z.string(),
        group: z.enum(['icmec', 'opsc', 'budapest', 'lanzarote']),
        standard: z.union([LawInstrumentId, z.literal('ICMEC')]),
        article: z.string(),
        label: z.string(),
        partyStatus: LawPartyStatus.nullable(),
        result: LawCriterionResult,
        evidence: z.string(),
        asOf: z.string().nullable(),
        articleUnverified: z.boolean(),
        sources: SourceIds,
      }),
    ),
    totals: LawHarmonisationTotals,
    sources: z.array(LawSource),
  })
  .meta({ id: 'LawHarmonisationReport' });

export const LawHarmonisationQuery = z.strictObject({
  format: z.enum(['json', 'csv']).default('json'),
});

// ---------------------------------------------------------------------------------------------
// Countries

export const LawCountryParams = z.strictObject({ iso2: z.string().min(1).max(8) });

export const LawEuMembership = z.object({ member: z.boolean(), sources: SourceIds });

export const LawCountry = z
  .object({
    iso2: z.string(),
    name: z.string().nullable(),
    /** False for a jurisdiction known only from a published profile: its party status is unknown. */
    inDataset: z.boolean(),
    eu: LawEuMembership,
    parties: z.array(
      z.object({ instrument: LawInstrumentId, status: LawPartyStatus, basis: LawBasis }),
    ),
    statusCounts: LawStatusCounts,
    harmonisation: LawHarmonisationTotals,
    authoritative: z.enum(['published', 'bundled']),
    publication: z
      .object({
        publisherNodeId: z.string(),
        publisherName: z.string().nullable(),
        publishedAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'LawCountry' });

export const LawCountryDetail = z
  .object({
    iso2: z.string(),
    name: z.string().nullable(),
    inDataset: z.boolean(),
    eu: LawEuMembership,
    /** One per instrument, in the dataset's order. */
    parties: z.array(LawParty),
    statusCounts: LawStatusCounts,
    profile: LawCountryProfile,
    /** Gaps: the harmonisation report against the profile in force. */
    harmonisation: LawHarmonisationReport,
    /** Every published version held for this jurisdiction, newest first. */
    versions: z.array(LawProfileVersion),
    /** Every source the page cites, resolved. */
    sources: z.array(LawSourceRecord),
    dataset: z.object({ sourceFile: z.string(), sha256: z.string() }),
  })
  .meta({ id: 'LawCountryDetail' });

// ---------------------------------------------------------------------------------------------
// The planner

/** Ids are checked by the planner, which answers with the codes in LAW_ERROR_CODES. */
export const LawPlanRequest = z.strictObject({
  requesting: z.string().max(16).describe('ISO 3166-1 alpha-2 of the requesting State'),
  requested: z.string().max(16).describe('ISO 3166-1 alpha-2 of the requested State'),
  conducts: z.array(z.string().max(100)).max(50).describe('conduct ids, e.g. csam.possession'),
  measures: z.array(z.string().max(100)).max(20).describe('measures, e.g. preservation'),
  urgency: z.string().max(32).optional().describe('routine (default), urgent or emergency'),
});
export type LawPlanRequest = z.infer<typeof LawPlanRequest>;

/** Exactly what `concord law plan --json` prints. Statements end with their source ids `[ID, ...]`. */
export const LawPlan = z
  .object({
    legalBases: z.array(
      z.object({
        instrument: LawInstrumentId,
        articles: z.array(z.string()),
        measures: z.array(LawMeasure),
      }),
    ),
    excluded: z.array(
      z.object({
        instrument: LawInstrumentId,
        reason: z.string().describe('<exclusion code>: <why> [sources]'),
      }),
    ),
    dualCriminality: z.array(
      z.object({
        conduct: LawConductId,
        requesting: LawCriminalisation,
        requested: LawCriminalisation,
        required: z.enum(['yes', 'no', 'unknown']),
        result: z.enum(['satisfied', 'not_satisfied', 'not_required', 'unknown']),
      }),
    ),
    steps: z.array(
      z.object({
        order: z.number().int(),
        measure: LawMeasure,
        instrument: LawInstrumentId,
        article: z.string(),
        deadline: z
          .object({ days: z.number().optional(), hours: z.number().optional() })
          .nullable(),
        summary: z.string(),
      }),
    ),
    warnings: z.array(z.object({ code: z.enum(LAW_PLAN_WARNING_CODES), message: z.string() })),
    sources: z.array(LawSource),
  })
  .meta({ id: 'LawPlan' });
export type LawPlan = z.infer<typeof LawPlan>;

// ---------------------------------------------------------------------------------------------
// The world map

export const LawMapQuery = z
  .strictObject({
    instrument: LawInstrumentId.optional(),
    metric: z.enum(['gaps']).optional(),
  })
  .refine((q) => (q.instrument === undefined) !== (q.metric === undefined), {
    message: 'give either instrument=<ID> or metric=gaps',
  });

/** Legend categories of the gaps map, in order. */
export const LAW_GAP_CATEGORIES = ['unknown', 'none', 'few', 'some', 'many'] as const;

export const LawMap = z
  .object({
    metric: z.enum(['party_status', 'gaps']),
    instrument: LawInstrumentId.nullable(),
    /**
     * Categories in display order. party_status: the party statuses. gaps: unknown (no
     * criterion could be assessed), none (no criterion known to be unmet), few (1-2), some
     * (3-5), many (6 or more).
     */
    legend: z.array(z.object({ category: z.string(), label: z.string(), count: z.number().int() })),
    countries: z.array(
      z.object({
        iso2: z.string(),
        name: z.string().nullable(),
        category: z.string(),
        label: z.string(),
        partyStatus: z
          .object({
            status: LawPartyStatus,
            year: PartyYear,
            basis: LawBasis,
            asOf: z.string().nullable(),
            sources: SourceIds,
          })
          .nullable(),
        harmonisation: LawHarmonisationTotals.nullable(),
        authoritative: z.enum(['published', 'bundled']),
      }),
    ),
    sources: z.array(LawSourceRecord),
  })
  .meta({ id: 'LawMap' });

export type LawStatusCounts = z.infer<typeof LawStatusCounts>;
export type LawEuMembership = z.infer<typeof LawEuMembership>;
export type LawSourceRecord = z.infer<typeof LawSourceRecord>;
export type LawInstrumentSummary = z.infer<typeof LawInstrumentSummary>;
export type LawInstrumentDetail = z.infer<typeof LawInstrumentDetail>;
export type LawCountryProfile = z.infer<typeof LawCountryProfile>;
export type LawCountry = z.infer<typeof LawCountry>;
export type LawCountryDetail = z.infer<typeof LawCountryDetail>;
export type LawHarmonisationReport = z.infer<typeof LawHarmonisationReport>;
export type LawMap = z.infer<typeof LawMap>;
export type LawPublishResult = z.infer<typeof LawPublishResult>;
export type LawImportResult = z.infer<typeof LawImportResult>;
