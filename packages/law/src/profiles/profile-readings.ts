// How the research's national-law examples read as profile values. The examples are prose
// ("possession a felony since 2021"); a profile needs yes / no / partial / unknown. Each row
// names the example it reads (iso2/attribute/first source id), the value, and why; the value
// cites the example's own sources and carries its text as the note. profile-readings.test.ts
// checks that every example is either read here or listed in UNREAD_EXAMPLES with a reason.

import type { Basis, ConductId, Criminalisation } from '../model.ts';

/** The legislative features ICMEC's criteria 1, 2, 3 and 5 ask about. */
export const LEGISLATION_FIELDS = [
  'csamSpecificLaw',
  'csamDefinition',
  'technologyFacilitatedOffences',
  'ispReportingDuty',
] as const;
export type LegislationField = (typeof LEGISLATION_FIELDS)[number];

export type YesNoUnknown = 'yes' | 'no' | 'unknown';

interface Base {
  /** `${iso2}/${attribute}/${first source id}` of the example read. */
  readonly example: string;
  readonly basis: Basis;
  readonly why: string;
}

export type Reading = Base &
  (
    | { readonly set: 'conduct'; readonly conduct: ConductId; readonly value: Criminalisation }
    | { readonly set: 'csamAgeThreshold'; readonly value: number | 'unknown' }
    | { readonly set: 'extraditesNationals'; readonly value: Criminalisation }
    | {
        readonly set: 'legislation';
        readonly field: LegislationField;
        readonly value: YesNoUnknown;
      }
  );

const conduct = (
  example: string,
  c: ConductId,
  value: Criminalisation,
  basis: Basis,
  why: string,
): Reading => ({ example, set: 'conduct', conduct: c, value, basis, why });
const law = (
  example: string,
  field: LegislationField,
  value: YesNoUnknown,
  basis: Basis,
  why: string,
): Reading => ({ example, set: 'legislation', field, value, basis, why });
const age = (example: string, value: number | 'unknown', basis: Basis, why: string): Reading => ({
  example,
  set: 'csamAgeThreshold',
  value,
  basis,
  why,
});
const nationals = (
  example: string,
  value: Criminalisation,
  basis: Basis,
  why: string,
): Reading => ({ example, set: 'extraditesNationals', value, basis, why });

// One reading per line, so the table reads across.
// prettier-ignore
export const READINGS: readonly Reading[] = [
  age('DE/ageThreshold/DE_184', 18, 'derived', '§184b covers under-14s and §184c 14-17-year-olds, so material of anyone under 18'),
  law('DE/ageThreshold/DE_184', 'csamSpecificLaw', 'yes', 'derived', '§§184b-c StGB are provisions specific to such material'),
  age('CA/ageThreshold/CA_1631', 18, 'direct', 'under 18'),
  law('CA/ageThreshold/CA_1631', 'csamDefinition', 'yes', 'direct', 'the source is the s.163.1 definition itself'),
  law('CA/ageThreshold/CA_1631', 'csamSpecificLaw', 'yes', 'derived', 's.163.1 Criminal Code is specific to such material'),
  conduct('CA/ageThreshold/CA_1631', 'csam.appearing_minor', 'yes', 'direct', "includes persons 'depicted as' under 18"),
  age('JP/ageThreshold/JP_NATION', 18, 'direct', 'real children below 18'),
  age('PH/ageThreshold/PH_RESPICIO', 18, 'direct', 'below 18 (or older if unable to protect themselves)'),
  age('GB/ageThreshold/UK_PCA16', 'unknown', 'none', 'under 16 as described c.2001; the current 18 is unverified'),
  conduct('JP/simplePossession/JP_2014', 'csam.possession', 'yes', 'direct', 'criminalised by Act No. 79 of 2014'),
  law('JP/simplePossession/JP_2014', 'csamSpecificLaw', 'yes', 'derived', 'the 2014 Act amends a law specific to such material'),
  conduct('IN/simplePossession/IN_SC2024', 'csam.possession', 'yes', 'direct', 'POCSO s.15 criminalises storage or possession'),
  law('IN/simplePossession/IN_SC2024', 'csamSpecificLaw', 'yes', 'derived', 'POCSO s.15 is specific to such material'),
  conduct('IN/knowingAccess/IN_67B', 'csam.access', 'unknown', 'none', 'the statute and the Supreme Court headnote conflict; the research says treat as uncertain'),
  conduct('DE/simplePossession/DE_2021', 'csam.possession', 'yes', 'direct', 'a felony since 2021 (a downgrade to a misdemeanour keeps it an offence)'),
  conduct('DE/knowingAccess/DE_CACHE', 'csam.access', 'partial', 'direct', 'mere viewing is not punishable; cache storage may be possession'),
  conduct('GB/simplePossession/UK_PCA', 'csam.possession', 'yes', 'direct', 'CJA 1988 s.160'),
  law('GB/simplePossession/UK_PCA', 'csamSpecificLaw', 'yes', 'derived', 'PCA 1978 and CJA 1988 s.160 are specific to such material'),
  conduct('PH/knowingAccess/PH_11930', 'csam.access', 'yes', 'direct', 'RA 11930 penalises willingly accessing'),
  conduct('US/virtualImages/US_2256', 'csam.virtual_realistic', 'partial', 'direct', 'only computer-generated images indistinguishable from a minor'),
  law('US/virtualImages/US_2256', 'csamDefinition', 'yes', 'derived', '18 USC 2256 is the definitions section'),
  conduct('US/drawingsCartoons/US_1466A', 'csam.nonvisual_or_drawn', 'partial', 'derived', 'obscene visual depictions incl. drawings; written or audio material not stated'),
  conduct('JP/drawingsCartoons/JP_2014', 'csam.nonvisual_or_drawn', 'no', 'direct', 'manga and anime are excluded'),
  conduct('JP/drawingsCartoons/JP_2014', 'csam.virtual_realistic', 'no', 'direct', 'computer graphics are excluded'),
  conduct('GB/drawingsCartoons/UK_S62', 'csam.nonvisual_or_drawn', 'partial', 'derived', 'non-photographic images are covered; written or audio material not stated'),
  conduct('GB/drawingsCartoons/UK_S62', 'csam.virtual_realistic', 'yes', 'derived', 'possession of prohibited CGI images is an offence (s.62)'),
  conduct('CA/drawingsCartoons/CA_1631', 'csam.nonvisual_or_drawn', 'yes', 'direct', 'includes written material, visual representations and audio'),
  conduct('GB/aiGeneration/UK_AI', 'csam.ai_tools', 'unknown', 'none', 'the Bill passed the Commons; enactment is unverified'),
  conduct('GB/grooming/UK_15A', 'grooming.meeting', 'yes', 'direct', 'SOA 2003 s.15 meeting after grooming'),
  conduct('GB/grooming/UK_15A', 'grooming.sexual_communication', 'yes', 'direct', 'SOA 2003 s.15A sexual communication with a child under 16'),
  conduct('PH/grooming/PH_11930', 'grooming.meeting', 'yes', 'derived', 'RA 11930 criminalises online grooming'),
  conduct('PH/grooming/PH_11930', 'grooming.sexual_communication', 'yes', 'derived', 'RA 11930 criminalises online grooming'),
  conduct('PH/liveStreaming/PH_11930', 'livestream.performance', 'yes', 'direct', 'streaming abuse and subscribing to watch it are penalised'),
  conduct('US/sextortion/US_SEXT', 'sextortion', 'yes', 'derived', 'no dedicated statute; charged as extortion, CSAM and enticement offences (dual criminality looks at the conduct)'),
  nationals('DE/extraditionOfNationals/DE_ART16', 'partial', 'direct', 'only to EU Member States or international courts'),
  nationals('BR/extraditionOfNationals/BR_LOC', 'partial', 'direct', 'only naturalised persons, in listed cases'),
  nationals('UA/extraditionOfNationals/EXTR_LOC_NAT', 'no', 'direct', 'constitutional bar'),
  law('PH/providerDuties/PH_11930', 'ispReportingDuty', 'yes', 'derived', 'intermediaries must preserve evidence and transmit it to law enforcement'),
  law('JP/providerDuties/JP_2014', 'ispReportingDuty', 'unknown', 'none', 'the law urges cooperation; whether any law requires reporting is not recorded'),
];

/** Examples deliberately not read into a profile value, and why. */
export const UNREAD_EXAMPLES: Readonly<Record<string, string>> = {
  'DK/ageThreshold/BUD_RES_DK': 'a Budapest reservation, recorded in RECORDED_RESERVATIONS',
  'ME/ageThreshold/BUD_RES_ME': 'a Budapest reservation, recorded in RECORDED_RESERVATIONS',
  'US/virtualImages/US_ASHCROFT':
    'history: the 1996 provisions struck in 2002; US/virtualImages/US_2256 gives the law in force',
  'GB/extraterritorial/UK_S72':
    'no profile field for jurisdiction over nationals; kept among the examples',
  'EU/dataRetention/CJEU_DRI': 'the EU, not a jurisdiction profile; no data-retention field',
  'US/dataRetention/US_NORET': 'no data-retention field; kept among the examples',
};

/** ICMEC's 1st edition (2006) found these countries met all five criteria: what each criterion reads as. */
export const ICMEC_ALL_FIVE_READS: readonly (
  | { readonly set: 'legislation'; readonly field: LegislationField }
  | { readonly set: 'conduct'; readonly conduct: ConductId }
)[] = [
  { set: 'legislation', field: 'csamSpecificLaw' },
  { set: 'legislation', field: 'csamDefinition' },
  { set: 'legislation', field: 'technologyFacilitatedOffences' },
  { set: 'conduct', conduct: 'csam.possession' },
  { set: 'legislation', field: 'ispReportingDuty' },
];
