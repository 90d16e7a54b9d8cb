import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DE_PROFILE } from '../testing/profile-samples.ts';
import {
  canonicalProfileBytes,
  parseProfileDocument,
  parseSignedProfileFile,
  type ProfileDocument,
} from './profile-document.ts';

const SIGNATURE = { alg: 'Ed25519', keyId: 'node-de-bka#1', value: 'c2lnbmF0dXJl' };
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function errorOf(value: unknown): { code: string; paths: readonly string[] } | null {
  const result = parseProfileDocument(value);
  return result.ok
    ? null
    : { code: result.error.code, paths: result.error.issues.map((i) => i.path) };
}

describe('published profile document', () => {
  it('accepts a well-formed profile unchanged', () => {
    const result = parseProfileDocument(JSON.parse(JSON.stringify(DE_PROFILE)));
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.deepEqual(result.value, DE_PROFILE);
  });

  it('signs canonical JSON: sorted keys, no whitespace, UTF-8', () => {
    const text = decode(canonicalProfileBytes(DE_PROFILE));
    assert.ok(
      text.startsWith(
        '{"jurisdiction":"DE","publishedAt":"2026-11-20T09:30:00Z","publisher":{"jurisdiction":"DE"',
      ),
    );
    assert.ok(!/\s"/.test(text.replace(/"[^"]*"/g, '""')), 'no whitespace outside strings');
    const reordered: ProfileDocument = {
      values: DE_PROFILE.values,
      sources: DE_PROFILE.sources,
      publishedAt: DE_PROFILE.publishedAt,
      publisher: {
        name: DE_PROFILE.publisher.name,
        jurisdiction: 'DE',
        nodeId: DE_PROFILE.publisher.nodeId,
      },
      jurisdiction: 'DE',
      schema: 'concord.law.profile/1',
    };
    assert.deepEqual(canonicalProfileBytes(reordered), canonicalProfileBytes(DE_PROFILE));
  });

  it('reads its own canonical bytes back to the same document', () => {
    const result = parseProfileDocument(JSON.parse(decode(canonicalProfileBytes(DE_PROFILE))));
    assert.ok(result.ok);
    assert.deepEqual(canonicalProfileBytes(result.value), canonicalProfileBytes(DE_PROFILE));
  });

  it('refuses a malformed profile with invalid_profile and the path of each problem', () => {
    const bad = {
      ...DE_PROFILE,
      schema: 'concord.law.profile/2',
      publishedAt: 'yesterday',
      values: { csamAgeThreshold: { value: 40, sources: [], note: null }, colour: 'blue' },
    };
    assert.deepEqual(errorOf(bad), {
      code: 'invalid_profile',
      paths: ['$.schema', '$.publishedAt', '$.values.csamAgeThreshold.value', '$.values.colour'],
    });
  });

  it('refuses an unknown conduct id and an unknown criminalisation value', () => {
    const conducts = {
      'csam.other': { value: 'yes', sources: [], note: null },
      'csam.access': { value: 'maybe', sources: [], note: null },
    };
    assert.deepEqual(errorOf({ ...DE_PROFILE, values: { conducts } }), {
      code: 'invalid_profile',
      paths: ['$.values.conducts.csam.access.value', '$.values.conducts.csam.other'],
    });
  });

  it('refuses citations of sources the document does not list, and codes that are not ISO 3166-1', () => {
    const values = { csamAgeThreshold: { value: 18, sources: ['NOWHERE'], note: null } };
    assert.deepEqual(errorOf({ ...DE_PROFILE, values }), {
      code: 'invalid_profile',
      paths: ['$.values.csamAgeThreshold.sources'],
    });
    const xx = {
      ...DE_PROFILE,
      jurisdiction: 'XX',
      publisher: { ...DE_PROFILE.publisher, jurisdiction: 'XX' },
    };
    assert.deepEqual(errorOf(xx), { code: 'invalid_profile', paths: ['$.jurisdiction'] });
  });

  it("refuses a profile published by another jurisdiction's node", () => {
    const foreign = { ...DE_PROFILE, publisher: { ...DE_PROFILE.publisher, jurisdiction: 'FR' } };
    assert.equal(errorOf(foreign)?.code, 'publisher_not_authoritative');
  });
});

describe('signed profile file', () => {
  it('reads the profile and the signature, leaving verification to the caller', () => {
    const result = parseSignedProfileFile(
      JSON.stringify({ profile: DE_PROFILE, signature: SIGNATURE }),
    );
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.deepEqual(result.value, { profile: DE_PROFILE, signature: SIGNATURE });
  });

  it('refuses an unsigned file with unsigned_profile', () => {
    for (const file of [{ profile: DE_PROFILE }, { profile: DE_PROFILE, signature: null }]) {
      const result = parseSignedProfileFile(JSON.stringify(file));
      assert.equal(result.ok ? null : result.error.code, 'unsigned_profile');
    }
  });

  it('refuses a file that is not JSON, not an object, or has a malformed signature or profile', () => {
    const code = (text: string) => {
      const result = parseSignedProfileFile(text);
      return result.ok ? null : result.error.code;
    };
    assert.equal(code('{"profile":'), 'invalid_profile');
    assert.equal(code('[1,2]'), 'invalid_profile');
    assert.equal(
      code(
        JSON.stringify({
          profile: DE_PROFILE,
          signature: { alg: 'Ed25519', keyId: 'k', value: 'not base64!' },
        }),
      ),
      'invalid_profile',
    );
    assert.equal(
      code(
        JSON.stringify({ profile: { ...DE_PROFILE, jurisdiction: 'de' }, signature: SIGNATURE }),
      ),
      'invalid_profile',
    );
    assert.equal(
      code(JSON.stringify({ profile: DE_PROFILE, signature: SIGNATURE, extra: 1 })),
      'invalid_profile',
    );
  });
});
