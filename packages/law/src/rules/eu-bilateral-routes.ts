// Routes under EU instruments (EIO, e-Evidence) and the US CLOUD Act agreements.

import { DATA_MEASURES, many, NOT_IN_DATA, route, type MeasureRoute } from './route-model.ts';

export const EU_AND_BILATERAL_ROUTES: readonly MeasureRoute[] = [
  // EIO: any investigative measure except a JIT (Art. 3), under the Art. 12 time limits.
  ...many(['preservation', ...DATA_MEASURES, 'search_seizure', 'emergency_disclosure'], {
    instrument: 'EU_EIO',
    channel: 'judicial_order',
    article: '12',
    articles: ['3', '12'],
    deadline: { days: 30 },
    dualCriminality: NOT_IN_DATA,
    sources: ['EIO_EJN', 'EIO_ART12'],
    summary:
      'Issue a European Investigation Order: recognition decided within 30 days of receipt (Art. 12(3), extendable by 30, 12(5)) and the measure carried out within 90 days of that decision (Art. 12(4)); a shorter deadline may be asked (Art. 12(2))',
  }),
  // e-Evidence: orders to providers offering services in the Union.
  route({
    instrument: 'EU_EEVIDENCE',
    measure: 'preservation',
    channel: 'provider_order',
    article: '11',
    articles: ['11'],
    deadline: { days: 60 },
    dualCriminality: NOT_IN_DATA,
    sources: ['EEV_ART11'],
    summary:
      'Issue a European Preservation Order (EPOC-PR): the provider preserves for 60 days, extendable by 30 (Art. 11)',
  }),
  ...many(DATA_MEASURES, {
    instrument: 'EU_EEVIDENCE',
    channel: 'provider_order',
    article: '10',
    articles: ['10'],
    deadline: { days: 10 },
    emergencyDeadline: { hours: 8 },
    dualCriminality: NOT_IN_DATA,
    sources: ['EEV_ART10', 'EEV_BOOK'],
    summary:
      'Issue a European Production Order (EPOC): data within 10 days, 8 hours in an emergency (Art. 10)',
  }),
  route({
    instrument: 'EU_EEVIDENCE',
    measure: 'emergency_disclosure',
    channel: 'provider_order',
    article: '10',
    articles: ['10', '4(5)'],
    deadline: { hours: 8 },
    emergencyDeadline: { hours: 8 },
    dualCriminality: NOT_IN_DATA,
    sources: ['EEV_ART10', 'EEV_BOOK', 'EEV_BOOK54'],
    summary:
      'Issue an emergency European Production Order: data within 8 hours (Art. 10); one issued without prior validation is validated within 48 hours (Art. 4(5))',
  }),
  // CLOUD Act agreements: direct orders to the other country's providers.
  ...many(DATA_MEASURES, {
    instrument: 'US_CLOUD',
    channel: 'provider_order',
    article: 'US-UK agreement',
    articles: ['US-UK agreement'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    between: ['US', 'GB'],
    sources: ['CLOUD_2025', 'CLOUD_IELR'],
    summary:
      "Order the other country's provider directly under the US-UK CLOUD agreement; it may not target the other country's residents",
  }),
  ...many(DATA_MEASURES, {
    instrument: 'US_CLOUD',
    channel: 'provider_order',
    article: 'US-Australia agreement',
    articles: ['US-Australia agreement'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    between: ['US', 'AU'],
    sources: ['CLOUD_AU', 'CLOUD_2025'],
    summary:
      "Order the other country's provider directly under the US-Australia CLOUD agreement; it may not target the other country's residents",
  }),
];
