// Routes under the OPSC and the Budapest Convention, read from the research's article
// summaries [OPSC_TEXT, BUD_TEXT]. Budapest serves e-evidence of any offence (Art. 23) and
// extradition for Arts. 2-11 offences (Art. 24); the OPSC only its own offences (Art. 3(1)).

import { many, MLA_DC_BUDAPEST, MLA_DC_OPSC, route, type MeasureRoute } from './route-model.ts';

const BUD = ['BUD_TEXT'];

export const TREATY_ROUTES: readonly MeasureRoute[] = [
  // OPSC: assistance and extradition for the Protocol's own offences (Art. 3(1)).
  ...many(['preservation', 'subscriber_info', 'traffic_data', 'content_data'], {
    instrument: 'OPSC',
    channel: 'mla',
    article: '6',
    articles: ['6'],
    deadline: null,
    dualCriminality: MLA_DC_OPSC,
    conductScope: 'instrument_offences',
    sources: ['OPSC_TEXT'],
    summary:
      "Request the greatest measure of assistance (Art. 6) through an existing MLA treaty or the requested State's law",
  }),
  route({
    instrument: 'OPSC',
    measure: 'search_seizure',
    channel: 'mla',
    article: '7',
    articles: ['6', '7'],
    deadline: null,
    dualCriminality: MLA_DC_OPSC,
    conductScope: 'instrument_offences',
    sources: ['OPSC_TEXT'],
    summary: 'Request seizure of goods and proceeds (Art. 7) as mutual assistance (Art. 6)',
  }),
  route({
    instrument: 'OPSC',
    measure: 'extradition',
    channel: 'extradition',
    article: '5',
    articles: ['5'],
    deadline: null,
    dualCriminality: {
      kind: 'unknown',
      why: "Art. 5 defers to the extradition treaty or the requested State's law, not in the bundled data",
    },
    conductScope: 'instrument_offences',
    sources: ['OPSC_TEXT'],
    summary:
      'Request extradition; the Protocol can serve as the legal basis (Art. 5(2)); a refusal for nationality obliges prosecution (Art. 5(5))',
  }),
  // Budapest: e-evidence of any offence (Art. 23); extradition for Arts. 2-11 offences (Art. 24).
  route({
    instrument: 'BUDAPEST',
    measure: 'preservation',
    channel: '24_7_network',
    article: '29',
    articles: ['29', '35'],
    deadline: { days: 60 },
    dualCriminality: { kind: 'not_required_for_convention_offences', article: '29(3)' },
    sources: [...BUD, 'BUD_247'],
    summary:
      'Ask the 24/7 point of contact (Art. 35) for expedited preservation (Art. 29); the data is kept at least 60 days and until the follow-up request is decided (Art. 29(7))',
  }),
  route({
    instrument: 'BUDAPEST',
    measure: 'subscriber_info',
    channel: 'mla',
    article: '31',
    articles: ['31'],
    deadline: null,
    dualCriminality: MLA_DC_BUDAPEST,
    sources: BUD,
    summary:
      'Request the stored subscriber information (defined in Art. 18(3)) by mutual assistance (Art. 31)',
  }),
  route({
    instrument: 'BUDAPEST',
    measure: 'traffic_data',
    channel: 'mla',
    article: '31',
    articles: ['30', '31', '33'],
    deadline: null,
    dualCriminality: MLA_DC_BUDAPEST,
    sources: BUD,
    summary:
      'Request traffic data by mutual assistance: preserved traffic data showing the path (Art. 30), stored data (Art. 31), real-time collection (Art. 33)',
  }),
  route({
    instrument: 'BUDAPEST',
    measure: 'content_data',
    channel: 'mla',
    article: '31',
    articles: ['31', '34'],
    deadline: null,
    dualCriminality: MLA_DC_BUDAPEST,
    sources: BUD,
    summary:
      'Request stored content by mutual assistance (Art. 31); interception only as far as treaties and domestic law allow (Art. 34)',
  }),
  route({
    instrument: 'BUDAPEST',
    measure: 'search_seizure',
    channel: 'mla',
    article: '31',
    articles: ['31'],
    deadline: null,
    dualCriminality: MLA_DC_BUDAPEST,
    sources: BUD,
    summary: 'Request search and seizure of stored computer data by mutual assistance (Art. 31)',
  }),
  route({
    instrument: 'BUDAPEST',
    measure: 'spontaneous_info',
    channel: 'spontaneous',
    article: '26',
    articles: ['26'],
    deadline: null,
    dualCriminality: {
      kind: 'not_required',
      article: '26',
      why: 'information is forwarded without a request',
    },
    sources: BUD,
    summary:
      'Forward the information without a request (Art. 26); conditions attached bind the receiver if it accepts them',
  }),
  route({
    instrument: 'BUDAPEST',
    measure: 'emergency_disclosure',
    // An urgent mutual-assistance request: faster to send, but with no deadline to answer it.
    channel: 'mla',
    article: '25(3)',
    articles: ['25(3)', '35'],
    deadline: null,
    dualCriminality: MLA_DC_BUDAPEST,
    sources: [...BUD, 'BUD_247'],
    summary:
      'Send an urgent request by expedited means (fax, e-mail) with formal confirmation to follow (Art. 25(3)), through the 24/7 network (Art. 35)',
  }),
  route({
    instrument: 'BUDAPEST',
    measure: 'extradition',
    channel: 'extradition',
    article: '24',
    articles: ['24'],
    deadline: null,
    dualCriminality: { kind: 'required', article: '24(1)(a)' },
    conductScope: 'instrument_offences',
    sources: BUD,
    summary:
      'Request extradition for an Arts. 2-11 offence punishable in both Parties by at least one year (Art. 24(1)(a)); a refusal for nationality obliges prosecution (Art. 24(6))',
  }),
];
