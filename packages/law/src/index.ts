// Public surface of @concord/law: the legal knowledge base (instruments, parties, national
// profiles, every value with its sources, basis and as-of date), the cooperation planner,
// harmonisation reports, and the pure parts of profile self-publication. Pure: no I/O; the
// bundled dataset is generated from ../shared/legal by scripts/build-law-dataset.ts.

export {
  INSTRUMENT_IDS,
  MATRIX_INSTRUMENT_IDS,
  CONDUCT_IDS,
  MEASURES,
  URGENCIES,
  BASES,
  PARTY_STATUSES,
  CRIMINALISATION,
} from './model.ts';
export type {
  InstrumentId,
  MatrixInstrumentId,
  ConductId,
  Measure,
  Urgency,
  Basis,
  PartyStatus,
  Criminalisation,
  StandardId,
  SourceRecord,
  PartyCell,
  JurisdictionRecord,
  ProvisionRecord,
  DeadlineRecord,
  ReservationExample,
  SourcedNote,
  PartiesCount,
  InstrumentRecord,
  ConductRecord,
  NationalLawExample,
  IcmecEdition,
  IcmecRecord,
  LawDataset,
} from './model.ts';
export { BUNDLED_DATASET } from './data/legal-dataset.generated.ts';
export {
  countries,
  instruments,
  instrument,
  partyStatus,
  findSource,
} from './dataset/dataset-access.ts';
export type { Instrument, Provision, PartyRecord } from './dataset/dataset-access.ts';
export { EU_MEMBER_STATES } from './rules/instrument-rules.ts';
export type { Application, InstrumentKind } from './rules/instrument-rules.ts';
export type { ProvisionTopic } from './rules/provision-topics.ts';
export type {
  AllowedReservation,
  RecordedReservation,
  ReservationEffect,
} from './rules/reservations.ts';

export { plan } from './planner/plan.ts';
export type { PlanOptions } from './planner/plan.ts';
export { PLAN_INPUT_ERROR_CODES } from './planner/plan-request.ts';
export type { PlanInput, PlanInputError, PlanInputErrorCode } from './planner/plan-request.ts';
export { PLAN_WARNING_CODES, EXCLUSION_CODES } from './planner/plan-types.ts';
export type {
  Plan,
  PlanLegalBasis,
  PlanExclusion,
  PlanDualCriminality,
  PlanStep,
  PlanWarning,
  PlanWarningCode,
  PlanSource,
  ExclusionCode,
} from './planner/plan-types.ts';

export { harmonisationReport, toCsv, toJson } from './harmonisation/harmonisation-report.ts';
export type {
  HarmonisationReport,
  HarmonisationRow,
  HarmonisationOptions,
  CriterionResult,
} from './harmonisation/harmonisation-report.ts';
export type { CriterionGroup } from './harmonisation/criteria.ts';
export { GAP_CATEGORIES, gapCategory } from './maps/gap-category.ts';
export type { GapCategory } from './maps/gap-category.ts';

export { bundledProfile } from './profiles/national-profile.ts';
export type { NationalProfile, ProfileValue, ContactPoint } from './profiles/national-profile.ts';
export type { LegislationField, YesNoUnknown } from './profiles/profile-readings.ts';
export {
  PROFILE_SCHEMA,
  PROFILE_ERROR_CODES,
  parseProfileDocument,
  parseSignedProfileFile,
  canonicalProfileBytes,
} from './profiles/profile-document.ts';
export type {
  ProfileDocument,
  PublishedValue,
  PublishedValues,
  ProfileSignature,
  SignedProfileFile,
  ProfileError,
  ProfileErrorCode,
} from './profiles/profile-document.ts';
export { mergeProfile } from './profiles/merge-profile.ts';
export type { MergedProfile, MergedValue, ValueOrigin } from './profiles/merge-profile.ts';
