import type { ProfileDocument } from '../profiles/profile-document.ts';

/** A profile Germany's node could publish: benign, invented contact details. */
export const DE_PROFILE: ProfileDocument = {
  schema: 'concord.law.profile/1',
  jurisdiction: 'DE',
  publisher: { nodeId: 'node-de-bka', jurisdiction: 'DE', name: 'Example unit, DE' },
  publishedAt: '2026-11-20T09:30:00Z',
  sources: [
    {
      id: 'STGB_184B',
      title: 'Strafgesetzbuch § 184b',
      ref: 'https://www.gesetze-im-internet.de/stgb/__184b.html',
    },
    {
      id: 'STGB_176B',
      title: 'Strafgesetzbuch § 176b',
      ref: 'https://www.gesetze-im-internet.de/stgb/__176b.html',
    },
  ],
  values: {
    conducts: {
      'grooming.meeting': {
        value: 'yes',
        sources: ['STGB_176B'],
        note: 'preparing abuse through content',
      },
      'csam.possession': { value: 'yes', sources: ['STGB_184B'], note: null },
    },
    acceptedLanguages: { value: ['de', 'en'], sources: [], note: null },
    contact247: {
      value: { name: 'Example 24/7 desk', phone: '+49 000 000000', email: null, address: null },
      sources: [],
      note: null,
    },
  },
};
