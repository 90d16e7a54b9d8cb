// The VICS data-model URL and what a document keeps beside its media.
//
// 2.0: "@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/{Default|US|UK|CUSTOM}/$metadata#{Media|Cases}"
// 1.x: "odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.{0-3}.xml#{Media|Cases}"
//
// IPED's HashDBTool reads 1.2 (CAID), 1.3 and 2.0/Default #Media and matches
// the URL without regard to case; an open-source exporter writes 1.1-1.3 as
// #Cases and 2.0 as CUSTOM #Media; a C exporter writes 2.0/UK #Cases. All are
// accepted here.

import type { GradeScheme, JsonValue } from '@concord/core';

export const VICS_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '2.0'] as const;
export type VicsVersion = (typeof VICS_VERSIONS)[number];
export const VICS_PROFILES = ['Default', 'US', 'UK', 'CUSTOM'] as const;
export type VicsProfile = (typeof VICS_PROFILES)[number];

/** What a VICS document carries beside its media, so that writing it again loses nothing. */
export interface VicsHeader {
  readonly kind: 'vics';
  readonly version: VicsVersion;
  /** The 2.0 regional profile; null for 1.x, whose URL has none. */
  readonly profile: VicsProfile | null;
  /** '#Media': `value` lists media. '#Cases': `value` lists cases, each with `Media`. */
  readonly form: 'media' | 'cases';
  /** Top-level members other than the data-model URL and `value`, in order. */
  readonly fields: { readonly [key: string]: JsonValue };
  /** '#Cases': each case's members other than `Media`, in order. */
  readonly cases: readonly { readonly [key: string]: JsonValue }[];
}

/**
 * `extra` key holding the index (in `VicsHeader.cases`) of the case an item
 * was read from, so a #Cases document is written back case by case.
 */
export const VICS_CASE_KEY = '@concord.vicsCase';

export const DEFAULT_VICS_HEADER: VicsHeader = {
  kind: 'vics',
  version: '2.0',
  profile: 'Default',
  form: 'media',
  fields: {},
  cases: [],
};

const V2 =
  /^https?:\/\/github\.com\/VICSDATAMODEL\/ProjectVic\/DataModels\/2\.0\.xml\/(default|us|uk|custom)\/\$metadata#(media|cases)$/i;
const V1 =
  /^https?:\/\/github\.com\/ICMEC\/ProjectVic\/DataModels\/1\.([0-3])\.xml#(media|cases)$/i;

const CONTEXT_KEYS: ReadonlySet<string> = new Set(['@odata.context', 'odata.metadata']);

/** Whether a top-level member name (any case) is the data-model URL's. */
export function isDataModelKey(key: string): boolean {
  return CONTEXT_KEYS.has(key.toLowerCase());
}

/** Version, profile and form from a data-model URL, or null when it is not one Concord knows. */
export function parseDataModelUrl(
  url: string,
): Pick<VicsHeader, 'version' | 'profile' | 'form'> | null {
  const v2 = V2.exec(url.trim());
  if (v2) {
    const profile = VICS_PROFILES.find((p) => p.toLowerCase() === v2[1]?.toLowerCase()) ?? null;
    return { version: '2.0', profile, form: formOf(v2[2]) };
  }
  const v1 = V1.exec(url.trim());
  const version = VICS_VERSIONS.find((v) => v === `1.${v1?.[1] ?? ''}`);
  if (v1 && version) return { version, profile: null, form: formOf(v1[2]) };
  return null;
}

function formOf(fragment: string | undefined): VicsHeader['form'] {
  return fragment?.toLowerCase() === 'cases' ? 'cases' : 'media';
}

/** The member name and URL that announce a header's data model. */
export function dataModelMember(header: VicsHeader): readonly [string, string] {
  const fragment = header.form === 'cases' ? 'Cases' : 'Media';
  if (header.version === '2.0') {
    const profile = header.profile ?? 'Default';
    return [
      '@odata.context',
      `http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/${profile}/$metadata#${fragment}`,
    ];
  }
  return [
    'odata.metadata',
    `http://github.com/ICMEC/ProjectVic/DataModels/${header.version}.xml#${fragment}`,
  ];
}

/**
 * The scheme of `Category` in a document: fixed by the US, UK and CUSTOM
 * profiles, otherwise (Default profile, 1.x) the caller's choice, vics_us by default.
 */
export function categoryScheme(header: VicsHeader, chosen: GradeScheme | undefined): GradeScheme {
  // 1.x URLs carry no profile, so a profile given with a 1.x version could not be read back.
  switch (header.version === '2.0' ? header.profile : null) {
    case 'US':
      return 'vics_us';
    case 'UK':
      return 'vics_uk';
    case 'CUSTOM':
      return 'custom';
    case 'Default':
    case null:
      return chosen ?? 'vics_us';
  }
}
