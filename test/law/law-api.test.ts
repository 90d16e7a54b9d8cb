import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CONDUCT_IDS,
  INSTRUMENT_IDS,
  MEASURES,
  PLAN_WARNING_CODES,
  EXCLUSION_CODES,
  PROFILE_ERROR_CODES,
  PLAN_INPUT_ERROR_CODES,
  countries,
} from '@concord/law';
import { v1 } from '@concord/protocol';
import { TestBrowser, startTestNode, type TestNode } from '@concord/server/testing';
import {
  ADMIN_PASSWORD,
  STATUTE,
  addPeer,
  auditEvents,
  publication,
  publish,
  resign,
} from './law-fixtures.ts';

describe('the law API schemas and @concord/law', () => {
  it('name the same instruments, conducts, measures, warnings and exclusions', () => {
    assert.deepEqual([...v1.LAW_INSTRUMENT_IDS], [...INSTRUMENT_IDS]);
    assert.deepEqual([...v1.LAW_CONDUCT_IDS], [...CONDUCT_IDS]);
    assert.deepEqual([...v1.LAW_MEASURES], [...MEASURES]);
    assert.deepEqual([...v1.LAW_PLAN_WARNING_CODES], [...PLAN_WARNING_CODES]);
    assert.deepEqual([...v1.LAW_EXCLUSION_CODES], [...EXCLUSION_CODES]);
  });

  it('give every planner and profile error code an API status', () => {
    const api: readonly string[] = v1.API_ERROR_CODES;
    for (const code of [...PLAN_INPUT_ERROR_CODES, ...PROFILE_ERROR_CODES])
      assert.ok(api.includes(code), code);
  });
});

for (const database of ['sqlite', 'postgres'] as const) {
  describe(`the law API (${database})`, () => {
    let fr: TestNode;
    let de: TestNode;
    let admin: TestBrowser;
    let deAdmin: TestBrowser;
    let legal: TestBrowser;

    before(async () => {
      [fr, de] = await Promise.all([
        startTestNode({ database, jurisdiction: 'FR', name: 'Unit FR (fictional)' }),
        startTestNode({ database, jurisdiction: 'DE', name: 'Unit DE (fictional)' }),
      ]);
      admin = new TestBrowser(fr.app);
      await admin.signInFully('admin', fr.adminOneTimePassword, ADMIN_PASSWORD);
      deAdmin = new TestBrowser(de.app);
      await deAdmin.signInFully('admin', de.adminOneTimePassword, ADMIN_PASSWORD);
      const made = await admin.request('POST', '/api/v1/users', {
        username: 'lena',
        displayName: 'Lena',
        role: 'legal',
      });
      legal = new TestBrowser(fr.app);
      await legal.signInFully('lena', made.json().oneTimePassword, 'a legal adviser passphrase');
    });
    after(async () => {
      await fr?.close();
      await de?.close();
    });

    it('answers only signed-in users', async () => {
      const anonymous = new TestBrowser(fr.app);
      for (const url of [
        '/api/v1/law/countries',
        '/api/v1/law/countries/DE',
        '/api/v1/law/map?metric=gaps',
      ]) {
        const r = await anonymous.request('GET', url);
        assert.equal(r.statusCode, 401, url);
        assert.equal(r.json().error.code, 'unauthenticated');
      }
    });

    it('lists the dataset countries with their parties, gaps and bundled profile', async () => {
      const r = await legal.request('GET', '/api/v1/law/countries');
      assert.equal(r.statusCode, 200, r.body);
      const listed = r.json() as { iso2: string; authoritative: string; parties: unknown[] }[];
      assert.deepEqual(
        listed.map((c) => c.iso2),
        countries().map((c) => c.iso2),
      );
      for (const c of listed) {
        assert.equal(c.authoritative, 'bundled');
        assert.equal(c.parties.length, INSTRUMENT_IDS.length);
      }
    });

    it('plans with exactly the documented shape, for any valid pair, unknowns included', async () => {
      const r = await legal.request('POST', '/api/v1/law/plan', {
        requesting: 'DE',
        requested: 'BR',
        conducts: ['csam.possession', 'grooming.sexual_communication'],
        measures: ['preservation', 'subscriber_info', 'extradition'],
        urgency: 'urgent',
      });
      assert.equal(r.statusCode, 200, r.body);
      const plan = r.json();
      assert.deepEqual(Object.keys(plan).sort(), [
        'dualCriminality',
        'excluded',
        'legalBases',
        'sources',
        'steps',
        'warnings',
      ]);
      assert.ok(v1.LawPlan.safeParse(plan).success);
      const cited = new Set(plan.sources.map((s: { id: string }) => s.id));
      for (const step of plan.steps as { summary: string }[])
        for (const id of /\[([^\]]+)\]$/.exec(step.summary)?.[1]?.split(', ') ?? [])
          assert.ok(cited.has(id), `${id} is resolved in sources`);
      const far = await legal.request('POST', '/api/v1/law/plan', {
        requesting: 'NZ',
        requested: 'MN',
        conducts: ['sextortion'],
        measures: ['content_data'],
      });
      assert.equal(far.statusCode, 200, far.body);
      assert.ok(far.json().warnings.some((w: { code: string }) => w.code === 'data_unknown'));
    });

    it('refuses bad plan input with a code per mistake', async () => {
      const base = {
        requesting: 'DE',
        requested: 'FR',
        conducts: ['csam.possession'],
        measures: ['preservation'],
      };
      for (const [change, code] of [
        [{ requesting: 'XX' }, 'unknown_jurisdiction'],
        [{ requested: 'de' }, 'unknown_jurisdiction'],
        [{ requested: 'DE' }, 'same_jurisdiction'],
        [{ conducts: ['csam.possesion'] }, 'unknown_conduct'],
        [{ measures: ['wiretap'] }, 'unknown_measure'],
        [{ urgency: 'yesterday' }, 'unknown_urgency'],
        [{ conducts: [] }, 'invalid_request'],
      ] as const) {
        const r = await legal.request('POST', '/api/v1/law/plan', { ...base, ...change });
        assert.equal(r.statusCode, 400, JSON.stringify(change));
        assert.equal(r.json().error.code, code, JSON.stringify(change));
      }
    });

    it('shows an instrument, a country, the map and a harmonisation report, and codes bad ids', async () => {
      const budapest = await legal.request('GET', '/api/v1/law/instruments/BUDAPEST');
      assert.equal(budapest.statusCode, 200);
      assert.equal(budapest.json().parties.length, countries().length);
      const nope = await legal.request('GET', '/api/v1/law/instruments/NOPE');
      assert.equal(nope.statusCode, 404);
      assert.equal(nope.json().error.code, 'unknown_instrument');
      const xx = await legal.request('GET', '/api/v1/law/countries/XX');
      assert.equal(xx.json().error.code, 'unknown_jurisdiction');
      const mn = await legal.request('GET', '/api/v1/law/countries/MN');
      assert.equal(mn.statusCode, 200, 'a real country outside the dataset has unknowns');
      assert.equal(mn.json().inDataset, false);
      assert.ok(mn.json().parties.some((p: { status: string }) => p.status === 'unknown'));
      const map = await legal.request('GET', '/api/v1/law/map?instrument=LANZAROTE');
      assert.equal(map.statusCode, 200);
      const legend = map.json().legend as { count: number }[];
      assert.equal(
        legend.reduce((n, l) => n + l.count, 0),
        map.json().countries.length,
      );
      const neither = await legal.request('GET', '/api/v1/law/map');
      assert.equal(neither.json().error.code, 'invalid_request');
      const csv = await legal.request('GET', '/api/v1/law/countries/PH/harmonisation?format=csv');
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      const json = await legal.request('GET', '/api/v1/law/countries/PH/harmonisation');
      const rows = json.json().rows as { result: string }[];
      assert.equal(csv.body.trimEnd().split('\r\n').length, rows.length + 1);
      for (const r of rows) assert.ok(['met', 'not_met', 'unknown'].includes(r.result));
    });

    it('documents the law routes in the OpenAPI document', async () => {
      const doc = (await legal.request('GET', '/api/v1/openapi.json')).json();
      for (const path of [
        '/api/v1/law/plan',
        '/api/v1/law/countries/{iso2}',
        '/api/v1/law/map',
        '/api/v1/law/profile',
        '/api/v1/law/profiles/import',
      ])
        assert.ok(doc.paths[path], path);
    });

    it('lets only administrators publish, and audits a profile it cannot read', async () => {
      const denied = await legal.request(
        'POST',
        '/api/v1/law/profile',
        publication('csam.possession', 'yes', 'x'),
      );
      assert.equal(denied.statusCode, 403);
      const bad = await admin.request('POST', '/api/v1/law/profile', {
        sources: [],
        values: {
          conducts: { 'csam.possession': { value: 'yes', sources: ['MISSING'], note: null } },
        },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'invalid_profile');
      assert.deepEqual((await admin.request('GET', '/api/v1/law/profiles')).json(), []);
      const [failed] = await auditEvents(fr.ctx.storage, 'law.profile_publish');
      assert.equal(failed?.outcome, 'failure');
    });

    it('publishes its own profile: authoritative over the bundled data, both kept, used by plans', async () => {
      const before = await legal.request('POST', '/api/v1/law/plan', {
        requesting: 'DE',
        requested: 'FR',
        conducts: ['csam.virtual_realistic'],
        measures: ['preservation'],
      });
      const { id } = await publish(
        admin,
        publication('csam.virtual_realistic', 'no', 'test value'),
      );
      const country = (await legal.request('GET', '/api/v1/law/countries/FR')).json();
      assert.equal(country.profile.authoritative, 'published');
      assert.equal(country.profile.publication.id, id);
      assert.equal(country.profile.publication.publisherName, 'Unit FR (fictional)');
      const conduct = country.profile.conducts.find(
        (c: { conduct: string }) => c.conduct === 'csam.virtual_realistic',
      );
      assert.equal(conduct.effective.value, 'no');
      assert.equal(conduct.origin.kind, 'published');
      assert.equal(conduct.published.value, 'no');
      assert.equal(
        before.json().dualCriminality[0].requested,
        conduct.bundled.value,
        'the bundled version, kept beside the published one, is what plans used before',
      );
      assert.notEqual(conduct.bundled.value, 'no');
      assert.ok(country.sources.some((s: { id: string }) => s.id === `profile:FR:${STATUTE.id}`));
      const after = await legal.request('POST', '/api/v1/law/plan', {
        requesting: 'DE',
        requested: 'FR',
        conducts: ['csam.virtual_realistic'],
        measures: ['preservation'],
      });
      assert.equal(after.json().dualCriminality[0].requested, 'no');
      assert.ok(after.json().sources.some((s: { id: string }) => s.id === 'profile:FR'));
      const [event] = await auditEvents(fr.ctx.storage, 'law.profile_publish');
      assert.equal(event?.outcome, 'success');
      assert.equal(event?.objectId, id);
    });

    it('imports a peer’s signed file once, and refuses unsigned, tampered, unknown and foreign ones', async () => {
      await publish(deAdmin, publication('csam.possession', 'yes', 'DE statute'));
      const exported = await deAdmin.request('GET', '/api/v1/law/profile/export');
      assert.equal(exported.statusCode, 200, exported.body);
      const file = exported.json();
      const refuse = async (body: unknown, code: string) => {
        const held = (await admin.request('GET', '/api/v1/law/profiles?jurisdiction=DE')).json();
        const r = await admin.request('POST', '/api/v1/law/profiles/import', body);
        assert.equal(r.json().error?.code, code, r.body);
        assert.deepEqual(
          (await admin.request('GET', '/api/v1/law/profiles?jurisdiction=DE')).json(),
          held,
          'nothing changed',
        );
        const [event] = await auditEvents(fr.ctx.storage, 'law.profile_import');
        assert.equal(event?.outcome, 'denied');
        assert.equal(event?.details.code, code);
      };
      await refuse(file, 'unknown_signer');
      await addPeer(admin, deAdmin);
      await refuse({ profile: file.profile }, 'unsigned_profile');
      await refuse(
        { ...file, profile: { ...file.profile, jurisdiction: 'de' } },
        'invalid_profile',
      );
      const tampered = structuredClone(file);
      tampered.profile.values.conducts['csam.possession'].value = 'no';
      await refuse(tampered, 'bad_signature');
      // DE's own key, claiming France: the card says DE, so it is not authoritative for FR.
      const claimsFr = {
        ...file.profile,
        jurisdiction: 'FR',
        publisher: { ...file.profile.publisher, jurisdiction: 'FR' },
      };
      await refuse(
        resign(claimsFr, de.ctx.signingKey, file.signature.keyId),
        'publisher_not_authoritative',
      );

      const first = await admin.request('POST', '/api/v1/law/profiles/import', file);
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.json().created, true);
      assert.equal(first.json().version.receivedVia, 'file');
      const again = await admin.request('POST', '/api/v1/law/profiles/import', file);
      assert.equal(again.statusCode, 200);
      assert.equal(again.json().created, false);
      const country = (await legal.request('GET', '/api/v1/law/countries/DE')).json();
      assert.equal(country.profile.authoritative, 'published');
      assert.equal(country.profile.publication.publisherNodeId, de.ctx.identity.nodeId);
    });

    it('keeps every version and makes the newest authoritative', async () => {
      de.clock.advance(60_000);
      await publish(deAdmin, publication('csam.possession', 'partial', 'amended'));
      const file = (await deAdmin.request('GET', '/api/v1/law/profile/export')).json();
      const r = await admin.request('POST', '/api/v1/law/profiles/import', file);
      assert.equal(r.statusCode, 201, r.body);
      const versions = (await legal.request('GET', '/api/v1/law/profiles?jurisdiction=DE')).json();
      assert.equal(versions.length, 2);
      assert.deepEqual(
        versions.map((v: { authoritative: boolean }) => v.authoritative),
        [true, false],
      );
      const held = await legal.request('GET', `/api/v1/law/profiles/${versions[1].id}`);
      assert.equal(held.json().profile.values.conducts['csam.possession'].value, 'yes');
      const country = (await legal.request('GET', '/api/v1/law/countries/DE')).json();
      const possession = country.profile.conducts.find(
        (c: { conduct: string }) => c.conduct === 'csam.possession',
      );
      assert.equal(possession.effective.value, 'partial');
      assert.equal(country.versions.length, 2);
    });
  });
}
