import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { v1 } from '@concord/client';
import {
  draftFrom,
  itemOf,
  withChoice,
  withItem,
  withSource,
  withSourceAdded,
  withSourceRemoved,
  type PublishDraft,
} from './publish-draft.ts';
import { checkDraft, languageTags } from './publish-request.ts';

type Value<T> = {
  value: T;
  basis: 'none' | 'direct';
  asOf: string | null;
  sources: string[];
  note: string | null;
  unverified: boolean;
};
const research = <T>(value: T, sources: string[] = []): Value<T> => ({
  value,
  basis: 'none',
  asOf: null,
  sources,
  note: null,
  unverified: false,
});
const bundled = <T>(value: T) => ({
  effective: research(value, ['ICMEC_2023']),
  origin: { kind: 'bundled' as const },
  bundled: research(value, ['ICMEC_2023']),
  published: null,
});

/** France as the bundled research has it: possession an offence, age 18, the rest unknown. */
const BUNDLED: v1.LawCountryProfile = {
  jurisdiction: 'FR',
  name: 'France',
  authoritative: 'bundled',
  publication: null,
  conducts: v1.LAW_CONDUCT_IDS.map((conduct) => ({
    ...bundled<'yes' | 'unknown'>(conduct === 'csam.possession' ? 'yes' : 'unknown'),
    conduct,
  })),
  csamAgeThreshold: bundled<number | 'unknown'>(18),
  extraditesNationals: bundled<'no'>('no'),
  acceptedLanguages: bundled<string[] | 'unknown'>('unknown'),
  centralAuthority: bundled<'unknown'>('unknown'),
  contact247: bundled<'unknown'>('unknown'),
  legislation: v1.LAW_LEGISLATION_FIELDS.map((field) => ({
    ...bundled<'unknown'>('unknown'),
    field,
  })),
  examples: [],
  document: null,
};

const PUBLISHED_AT = '2026-05-02T10:00:00.000Z';
/** A published value as the country page gives it: its sources prefixed with the document's. */
const publishedValue = <T>(value: T, was: T, sources: string[], note: string | null = null) => {
  const cited = ['profile:FR', ...sources.map((id) => `profile:FR:${id}`)];
  const lifted = { ...research(value, cited), basis: 'direct' as const, note };
  return {
    effective: lifted,
    origin: {
      kind: 'published' as const,
      nodeId: 'node-fr',
      publisherName: 'Test Unit',
      publishedAt: PUBLISHED_AT,
    },
    bundled: research(was),
    published: lifted,
  };
};

/** France after its node published languages and the 24/7 contact, citing CPP. */
const PUBLISHED: v1.LawCountryProfile = {
  ...BUNDLED,
  authoritative: 'published',
  publication: {
    id: 'a'.repeat(64),
    jurisdiction: 'FR',
    publisherNodeId: 'node-fr',
    publisherName: 'Test Unit',
    publishedAt: PUBLISHED_AT,
    receivedAt: PUBLISHED_AT,
    receivedVia: 'published',
    receivedFrom: null,
    signatureKeyId: 'k1',
    authoritative: true,
  },
  acceptedLanguages: publishedValue<string[] | 'unknown'>(['fr', 'en'], 'unknown', ['CPP']),
  contact247: publishedValue<
    { name: string; phone: string | null; email: null; address: null } | 'unknown'
  >(
    { name: 'OFMIN', phone: '+33 1 00 00 00 00', email: null, address: null },
    'unknown',
    ['CPP'],
    'staffed day and night',
  ),
  document: {
    profile: {
      schema: 'concord.law.profile/1',
      jurisdiction: 'FR',
      publisher: { nodeId: 'node-fr', jurisdiction: 'FR', name: 'Test Unit' },
      publishedAt: PUBLISHED_AT,
      sources: [{ id: 'CPP', title: 'Code de procédure pénale', ref: 'https://example.org/cpp' }],
      values: {
        acceptedLanguages: { value: ['fr', 'en'], sources: ['CPP'], note: null },
        contact247: {
          value: { name: 'OFMIN', phone: '+33 1 00 00 00 00', email: null, address: null },
          sources: ['CPP'],
          note: 'staffed day and night',
        },
      },
    },
    signature: { alg: 'Ed25519', keyId: 'k1', value: 'c2ln' },
  },
};

function twoSources(draft: PublishDraft): PublishDraft {
  let next = withSource(draft, 's1', {
    id: 'CP_227_23',
    title: 'Code pénal, article 227-23',
    ref: 'https://example.org/cp',
  });
  next = withSourceAdded(next);
  return withSource(next, 's2', {
    id: 'DECREE_2024',
    title: 'Décret 2024-1',
    ref: 'JORF 2024-1',
  });
}

describe('the profile publish form', () => {
  it('starts from the research with nothing published and one empty source, which publishes nothing', () => {
    const draft = draftFrom(BUNDLED);
    assert.equal(itemOf(draft, 'conducts.csam.possession').choice, '');
    assert.deepEqual(draft.sources, [{ key: 's1', id: '', title: '', ref: '' }]);
    assert.deepEqual(checkDraft(draft, BUNDLED), {
      ok: false,
      problems: [{ kind: 'nothing_changes' }],
    });
  });

  it('publishes languages, a contact, a legislation field and two sources, each value citing its own', () => {
    let draft = twoSources(draftFrom(BUNDLED));
    draft = withChoice(draft, 'acceptedLanguages', 'given');
    draft = withItem(draft, 'acceptedLanguages', { languages: 'FR, en pt-br' });
    draft = withChoice(draft, 'centralAuthority', 'given');
    draft = withItem(draft, 'centralAuthority', {
      contact: {
        name: ' Bureau de l’entraide ',
        phone: '',
        email: 'beppi@example.org',
        address: '',
      },
      cites: ['s2'],
    });
    draft = withChoice(draft, 'legislation.ispReportingDuty', 'yes');
    draft = withItem(draft, 'legislation.ispReportingDuty', {
      cites: ['s1', 's2'],
      note: ' art. 6 ',
    });
    draft = withChoice(draft, 'csamAgeThreshold', '18');
    const checked = checkDraft(draft, BUNDLED);
    assert.ok(checked.ok, JSON.stringify(checked));
    assert.deepEqual(checked.request, {
      sources: [
        { id: 'CP_227_23', title: 'Code pénal, article 227-23', ref: 'https://example.org/cp' },
        { id: 'DECREE_2024', title: 'Décret 2024-1', ref: 'JORF 2024-1' },
      ],
      values: {
        csamAgeThreshold: { value: 18, sources: ['CP_227_23'], note: null },
        acceptedLanguages: { value: ['fr', 'en', 'pt-BR'], sources: ['CP_227_23'], note: null },
        centralAuthority: {
          value: {
            name: 'Bureau de l’entraide',
            phone: null,
            email: 'beppi@example.org',
            address: null,
          },
          sources: ['DECREE_2024'],
          note: null,
        },
        legislation: {
          ispReportingDuty: { value: 'yes', sources: ['CP_227_23', 'DECREE_2024'], note: 'art. 6' },
        },
      },
    });
    assert.deepEqual(
      checked.changes.items.map((c) => [c.item, c.kind]),
      [
        ['csamAgeThreshold', 'published'],
        ['acceptedLanguages', 'value'],
        ['centralAuthority', 'value'],
        ['legislation.ispReportingDuty', 'value'],
      ],
    );
    assert.deepEqual(checked.changes.addedSources, ['CP_227_23', 'DECREE_2024']);
  });

  it('reads language tags in canonical form and names the first that is not one', () => {
    assert.deepEqual(languageTags('FR, pt-br;en  fr'), { ok: true, tags: ['fr', 'pt-BR', 'en'] });
    assert.deepEqual(languageTags('fr, fr_FR'), { ok: false, bad: 'fr_FR' });
    assert.deepEqual(languageTags('english'), { ok: false, bad: 'english' });
    assert.deepEqual(languageTags(''), { ok: true, tags: [] });
  });

  it('explains an invalid language tag, an empty list, a contact without a name and a bad email', () => {
    let draft = twoSources(draftFrom(BUNDLED));
    draft = withChoice(draft, 'acceptedLanguages', 'given');
    draft = withItem(draft, 'acceptedLanguages', { languages: 'fr, fr_FR' });
    draft = withChoice(draft, 'centralAuthority', 'given');
    draft = withChoice(draft, 'contact247', 'given');
    draft = withItem(draft, 'contact247', {
      contact: { name: 'OFMIN', phone: '', email: 'not an address', address: '' },
    });
    assert.deepEqual(checkDraft(draft, BUNDLED), {
      ok: false,
      problems: [
        { kind: 'language_tag', item: 'acceptedLanguages', tag: 'fr_FR' },
        { kind: 'contact_name', item: 'centralAuthority' },
        { kind: 'contact_email', item: 'contact247' },
      ],
    });
    draft = withItem(draft, 'acceptedLanguages', { languages: ' , ' });
    const checked = checkDraft(draft, BUNDLED);
    assert.ok(!checked.ok);
    assert.deepEqual(checked.problems[0], { kind: 'no_languages', item: 'acceptedLanguages' });
  });

  it('asks for the id, title and address of a cited source and refuses an id used twice', () => {
    let draft = withChoice(draftFrom(BUNDLED), 'extraditesNationals', 'yes');
    draft = withSource(draft, 's1', { id: 'bad id!' });
    draft = withSourceAdded(draft);
    draft = withSource(draft, 's2', { id: 'X', title: 'x', ref: 'x' });
    draft = withSourceAdded(draft);
    draft = withSource(draft, 's3', { id: 'X', title: 'y', ref: 'y' });
    assert.deepEqual(checkDraft(draft, BUNDLED), {
      ok: false,
      problems: [
        { kind: 'source_id', key: 's1', source: 1 },
        { kind: 'source_title', key: 's1', source: 1 },
        { kind: 'source_ref', key: 's1', source: 1 },
        { kind: 'source_id_twice', key: 's3', source: 3 },
      ],
    });
  });

  it('ignores a blank source nothing cites, and asks for a citation once a value cites nothing', () => {
    let draft = withChoice(twoSources(draftFrom(BUNDLED)), 'extraditesNationals', 'partial');
    draft = withSourceAdded(draft);
    const checked = checkDraft(draft, BUNDLED);
    assert.ok(checked.ok, JSON.stringify(checked));
    assert.deepEqual(
      checked.request.sources.map((s) => s.id),
      ['CP_227_23', 'DECREE_2024'],
    );
    draft = withSourceRemoved(draft, 's1');
    assert.deepEqual(itemOf(draft, 'extraditesNationals').cites, []);
    assert.deepEqual(checkDraft(draft, BUNDLED), {
      ok: false,
      problems: [{ kind: 'no_citation', item: 'extraditesNationals' }],
    });
  });

  it('starts from the document in force, so publishing it unchanged is refused and leaving a value out reverts it', () => {
    const draft = draftFrom(PUBLISHED);
    assert.deepEqual(draft.sources, [
      { key: 's1', id: 'CPP', title: 'Code de procédure pénale', ref: 'https://example.org/cpp' },
    ]);
    assert.deepEqual(itemOf(draft, 'acceptedLanguages'), {
      ...itemOf(draft, 'acceptedLanguages'),
      choice: 'given',
      languages: 'fr, en',
      cites: ['s1'],
    });
    assert.deepEqual(itemOf(draft, 'contact247').contact, {
      name: 'OFMIN',
      phone: '+33 1 00 00 00 00',
      email: '',
      address: '',
    });
    assert.equal(itemOf(draft, 'contact247').note, 'staffed day and night');
    assert.deepEqual(checkDraft(draft, PUBLISHED), {
      ok: false,
      problems: [{ kind: 'nothing_changes' }],
    });

    const reverted = checkDraft(withChoice(draft, 'contact247', ''), PUBLISHED);
    assert.ok(reverted.ok, JSON.stringify(reverted));
    assert.deepEqual(
      reverted.changes.items.map((c) => [c.item, c.kind, c.after.value]),
      [['contact247', 'reverted', 'unknown']],
    );
    const renoted = checkDraft(withItem(draft, 'contact247', { note: 'from 2026' }), PUBLISHED);
    assert.ok(renoted.ok);
    assert.deepEqual(
      renoted.changes.items.map((c) => c.kind),
      ['citation'],
    );
  });

  it('cites the first source when an item starts to be published, and keeps citations chosen', () => {
    let draft = twoSources(draftFrom(BUNDLED));
    draft = withChoice(draft, 'conducts.sextortion', 'yes');
    assert.deepEqual(itemOf(draft, 'conducts.sextortion').cites, ['s1']);
    draft = withItem(draft, 'conducts.sextortion', { cites: ['s2'] });
    draft = withChoice(draft, 'conducts.sextortion', 'partial');
    assert.deepEqual(itemOf(draft, 'conducts.sextortion').cites, ['s2']);
  });
});
