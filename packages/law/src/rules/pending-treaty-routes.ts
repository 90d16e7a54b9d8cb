// Routes under instruments not in force or of unknown status between the 25 jurisdictions:
// the Second Protocol (CETS 224), UNTOC with its Trafficking Protocol, and the UN Convention
// against Cybercrime. They apply once the rules say the instrument applies.

import { DATA_MEASURES, many, NOT_IN_DATA, route, type MeasureRoute } from './route-model.ts';

export const PENDING_TREATY_ROUTES: readonly MeasureRoute[] = [
  // Second Protocol: applies only once in force (it is not, in the research's snapshot).
  route({
    instrument: 'CETS224',
    measure: 'subscriber_info',
    channel: 'provider_order',
    article: '7',
    articles: ['7', '8'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    sources: ['CETS224_EUCRIM', 'CETS224_STATUS2'],
    summary: 'Order the service provider directly to disclose subscriber information (Art. 7)',
  }),
  route({
    instrument: 'CETS224',
    measure: 'traffic_data',
    channel: 'government_order',
    article: '8',
    articles: ['8'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    sources: ['CETS224_STATUS2', 'CETS224_ICANN'],
    summary:
      'Ask the requested Party to give effect to an order for expedited production of traffic data (Art. 8)',
  }),
  route({
    instrument: 'CETS224',
    measure: 'emergency_disclosure',
    channel: '24_7_network',
    article: '9',
    articles: ['9', '10'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    sources: ['CETS224_EUROJUST'],
    summary:
      'Request expedited disclosure in an emergency through the 24/7 network (Art. 9) or emergency mutual assistance (Art. 10)',
  }),
  route({
    instrument: 'CETS224',
    measure: 'jit',
    channel: 'jit_agreement',
    article: '12',
    articles: ['12'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    unverified: true,
    sources: ['CETS224_EUCRIM', 'BUD_COUNT_2024'],
    summary: 'Agree a joint investigation team (Art. 12; numbering unverified)',
  }),
  // UNTOC and the Trafficking Protocol: article numbers unverified in the research.
  ...many(['subscriber_info', 'traffic_data', 'content_data', 'search_seizure'], {
    instrument: 'UNTOC_TIP',
    channel: 'mla',
    article: 'UNTOC 16 / 18',
    articles: ['UNTOC 16 / 18'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    conductScope: 'instrument_offences',
    unverified: true,
    sources: ['TIP_ART3'],
    summary: 'Request mutual legal assistance (UNTOC Art. 18; numbering unverified)',
  }),
  route({
    instrument: 'UNTOC_TIP',
    measure: 'spontaneous_info',
    channel: 'spontaneous',
    article: 'UNTOC 16 / 18',
    articles: ['UNTOC 16 / 18'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    conductScope: 'instrument_offences',
    unverified: true,
    sources: ['TIP_ART3'],
    summary: 'Transmit information spontaneously (UNTOC Art. 18(4); numbering unverified)',
  }),
  route({
    instrument: 'UNTOC_TIP',
    measure: 'extradition',
    channel: 'extradition',
    article: 'UNTOC 16 / 18',
    articles: ['UNTOC 16 / 18'],
    deadline: null,
    dualCriminality: NOT_IN_DATA,
    conductScope: 'instrument_offences',
    unverified: true,
    sources: ['TIP_ART3'],
    summary: 'Request extradition (UNTOC Art. 16; numbering unverified)',
  }),
  // UN Convention against Cybercrime: not in force; cooperation articles not numbered in the research.
  ...(['preservation', ...DATA_MEASURES, 'search_seizure', 'extradition', 'jit'] as const).map(
    (measure) =>
      route({
        instrument: 'UNCC',
        measure,
        channel:
          measure === 'extradition' ? 'extradition' : measure === 'jit' ? 'jit_agreement' : 'mla',
        article: 'Chapter on international cooperation',
        articles: ['Chapter on international cooperation'],
        deadline: null,
        dualCriminality: NOT_IN_DATA,
        unverified: true,
        sources: ['UNCC_VOV'],
        summary: 'Use the cooperation chapter (article numbers unverified)',
      }),
  ),
];
