// Planner scenarios across the Americas, Asia-Pacific and between regions: Budapest and OPSC
// Parties and non-Parties, the CLOUD Act agreements, recorded reservations (AR, JP) and
// national-law differences (JP excludes drawn and computer-generated material).

import { scenarioSuite } from '../testing/plan-scenario.ts';

scenarioSuite('plan: the Americas, Asia-Pacific and across regions', [
  {
    title:
      'DE to US, possession, urgent preservation and subscriber data: Budapest throughout; the EU instruments stop at the US',
    input: {
      requesting: 'DE',
      requested: 'US',
      conducts: ['csam.possession'],
      measures: ['preservation', 'subscriber_info'],
      urgency: 'urgent',
    },
    bases: {
      OPSC: ['preservation', 'subscriber_info'],
      BUDAPEST: ['preservation', 'subscriber_info'],
    },
    excluded: {
      EU_EIO: 'eu_only',
      EU_EEVIDENCE: 'eu_only',
      CETS224: 'not_in_force',
      UNCC: 'not_in_force',
      US_CLOUD: 'not_party',
    },
    dc: { 'csam.possession': ['yes', 'yes', 'unknown', 'satisfied'] },
    steps: [
      ['preservation', 'BUDAPEST', '29', { days: 60 }],
      ['subscriber_info', 'BUDAPEST', '31', null],
    ],
    warnings: ['eu_instrument_outside_eu', 'instrument_not_in_force'],
  },
  {
    title:
      'US to GB, possession, subscriber and content data: orders under the US-UK CLOUD agreement',
    input: {
      requesting: 'US',
      requested: 'GB',
      conducts: ['csam.possession'],
      measures: ['subscriber_info', 'content_data'],
      urgency: 'routine',
    },
    bases: {
      OPSC: ['subscriber_info', 'content_data'],
      BUDAPEST: ['subscriber_info', 'content_data'],
      US_CLOUD: ['subscriber_info', 'content_data'],
    },
    excluded: { CETS224: 'not_in_force', EU_EIO: 'eu_only' },
    dc: { 'csam.possession': ['yes', 'yes', 'unknown', 'satisfied'] },
    steps: [
      ['subscriber_info', 'US_CLOUD', 'US-UK agreement', null],
      ['content_data', 'US_CLOUD', 'US-UK agreement', null],
    ],
    warnings: ['instrument_not_in_force', 'preservation_recommended', 'cloud_agreement_limits'],
  },
  {
    title:
      'GB to US in an emergency, emergency disclosure: an urgent Budapest request (Art. 25(3)); CETS 224 not in force',
    input: {
      requesting: 'GB',
      requested: 'US',
      conducts: ['csam.production'],
      measures: ['emergency_disclosure'],
      urgency: 'emergency',
    },
    bases: { BUDAPEST: ['emergency_disclosure'] },
    excluded: {
      OPSC: 'no_covering_provision',
      US_CLOUD: 'no_covering_provision',
      CETS224: 'not_in_force',
    },
    dc: { 'csam.production': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [['emergency_disclosure', 'BUDAPEST', '25(3)', null]],
    warnings: ['instrument_not_in_force', 'data_unknown'],
  },
  {
    title:
      'US to AU, distribution, content data: the US-Australia agreement is not known to be in force',
    input: {
      requesting: 'US',
      requested: 'AU',
      conducts: ['csam.distribution'],
      measures: ['content_data'],
      urgency: 'routine',
    },
    bases: { OPSC: ['content_data'], BUDAPEST: ['content_data'] },
    excluded: { US_CLOUD: 'in_force_unknown' },
    dc: { 'csam.distribution': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [['content_data', 'BUDAPEST', '31', null]],
    warnings: ['data_unknown', 'preservation_recommended'],
  },
  {
    title:
      'CA to US, possession, subscriber data: no CLOUD agreement between them; Budapest mutual assistance',
    input: {
      requesting: 'CA',
      requested: 'US',
      conducts: ['csam.possession'],
      measures: ['subscriber_info'],
      urgency: 'routine',
    },
    bases: { OPSC: ['subscriber_info'], BUDAPEST: ['subscriber_info'] },
    excluded: { US_CLOUD: 'not_party', CETS224: 'not_in_force' },
    dc: { 'csam.possession': ['unknown', 'yes', 'unknown', 'unknown'] },
    steps: [['subscriber_info', 'BUDAPEST', '31', null]],
    warnings: ['instrument_not_in_force', 'preservation_recommended', 'data_unknown'],
  },
  {
    title:
      'TH to VN, distribution, preservation, content and extradition: only the OPSC binds both',
    input: {
      requesting: 'TH',
      requested: 'VN',
      conducts: ['csam.distribution'],
      measures: ['preservation', 'content_data', 'extradition'],
      urgency: 'routine',
    },
    bases: { OPSC: ['preservation', 'content_data', 'extradition'] },
    excluded: { BUDAPEST: 'not_party', UNCC: 'not_in_force', EU_EIO: 'eu_only' },
    dc: { 'csam.distribution': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['preservation', 'OPSC', '6', null],
      ['content_data', 'OPSC', '6', null],
      ['extradition', 'OPSC', '5', null],
    ],
    warnings: ['instrument_not_in_force', 'data_unknown'],
  },
  {
    title:
      "DE to VN, possession, preservation: Viet Nam's Budapest status rests on a weak source and is kept out",
    input: {
      requesting: 'DE',
      requested: 'VN',
      conducts: ['csam.possession'],
      measures: ['preservation'],
      urgency: 'routine',
    },
    bases: { OPSC: ['preservation'] },
    excluded: { BUDAPEST: 'not_party', EU_EIO: 'eu_only', EU_EEVIDENCE: 'eu_only' },
    dc: { 'csam.possession': ['yes', 'unknown', 'unknown', 'unknown'] },
    steps: [['preservation', 'OPSC', '6', null]],
    // OPSC 3(1)(c) covers possession for the listed purposes only.
    warnings: [
      'weak_source',
      'eu_instrument_outside_eu',
      'data_unknown',
      'conduct_outside_instrument',
    ],
  },
  {
    title:
      'IN to ID, possession, preservation and seizure: neither is a Budapest Party; OPSC Arts. 6-7',
    input: {
      requesting: 'IN',
      requested: 'ID',
      conducts: ['csam.possession'],
      measures: ['preservation', 'search_seizure'],
      urgency: 'routine',
    },
    bases: { OPSC: ['preservation', 'search_seizure'] },
    excluded: { BUDAPEST: 'not_party', HAGUE1980: 'no_covering_provision' },
    dc: { 'csam.possession': ['yes', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['preservation', 'OPSC', '6', null],
      ['search_seizure', 'OPSC', '7', null],
    ],
    warnings: ['data_unknown', 'conduct_outside_instrument'],
  },
  {
    title: 'US to BR, production, extradition: Brazil extradites only naturalised nationals',
    input: {
      requesting: 'US',
      requested: 'BR',
      conducts: ['csam.production'],
      measures: ['extradition'],
      urgency: 'routine',
    },
    bases: { OPSC: ['extradition'], BUDAPEST: ['extradition'] },
    dc: { 'csam.production': ['unknown', 'unknown', 'yes', 'unknown'] },
    steps: [['extradition', 'BUDAPEST', '24', null]],
    warnings: ['nationality_bar_extradition', 'data_unknown'],
  },
  {
    title:
      'JP to US, computer-generated material, extradition: not an offence in Japan, so dual criminality fails',
    input: {
      requesting: 'JP',
      requested: 'US',
      conducts: ['csam.virtual_realistic'],
      measures: ['extradition'],
      urgency: 'routine',
    },
    bases: { BUDAPEST: ['extradition'] },
    excluded: { OPSC: 'conduct_not_covered' },
    dc: { 'csam.virtual_realistic': ['no', 'partial', 'yes', 'not_satisfied'] },
    steps: [['extradition', 'BUDAPEST', '24', null]],
    warnings: [
      'dual_criminality_not_satisfied',
      'partial_criminalisation',
      'reservation_removes_conduct',
      'data_unknown',
    ],
  },
  {
    title: 'US to JP, drawings, content data: Japan excludes manga and anime',
    input: {
      requesting: 'US',
      requested: 'JP',
      conducts: ['csam.nonvisual_or_drawn'],
      measures: ['content_data'],
      urgency: 'routine',
    },
    bases: { OPSC: ['content_data'], BUDAPEST: ['content_data'] },
    excluded: { CETS224: 'no_covering_provision', US_CLOUD: 'not_party' },
    dc: { 'csam.nonvisual_or_drawn': ['partial', 'no', 'unknown', 'not_satisfied'] },
    steps: [['content_data', 'BUDAPEST', '31', null]],
    warnings: [
      'dual_criminality_not_satisfied',
      'partial_criminalisation',
      'preservation_recommended',
    ],
  },
  {
    title:
      "JP to GB, possession, subscriber data: Japan's 2004 planned declaration is flagged, unverified",
    input: {
      requesting: 'JP',
      requested: 'GB',
      conducts: ['csam.possession'],
      measures: ['subscriber_info'],
      urgency: 'routine',
    },
    bases: { OPSC: ['subscriber_info'], BUDAPEST: ['subscriber_info'] },
    excluded: { CETS224: 'not_in_force' },
    dc: { 'csam.possession': ['yes', 'yes', 'unknown', 'satisfied'] },
    steps: [['subscriber_info', 'BUDAPEST', '31', null]],
    warnings: [
      'instrument_not_in_force',
      'preservation_recommended',
      'reservation_removes_conduct',
    ],
  },
  {
    title:
      "AR to BR, procuring, preservation: Argentina's 9(4) reservation; no dual criminality for a Convention offence",
    input: {
      requesting: 'AR',
      requested: 'BR',
      conducts: ['csam.procuring'],
      measures: ['preservation'],
      urgency: 'routine',
    },
    bases: { BUDAPEST: ['preservation'] },
    excluded: { OPSC: 'conduct_not_covered', UNCC: 'not_in_force' },
    dc: { 'csam.procuring': ['unknown', 'unknown', 'no', 'not_required'] },
    steps: [['preservation', 'BUDAPEST', '29', { days: 60 }]],
    warnings: ['reservation_removes_conduct', 'data_unknown'],
  },
  {
    title: 'BR to AR, appearing minors and realistic images, search: both reserved by Argentina',
    input: {
      requesting: 'BR',
      requested: 'AR',
      conducts: ['csam.appearing_minor', 'csam.virtual_realistic'],
      measures: ['search_seizure'],
      urgency: 'routine',
    },
    bases: { BUDAPEST: ['search_seizure'] },
    excluded: { OPSC: 'conduct_not_covered' },
    dc: {
      'csam.appearing_minor': ['unknown', 'unknown', 'unknown', 'unknown'],
      'csam.virtual_realistic': ['unknown', 'unknown', 'unknown', 'unknown'],
    },
    steps: [['search_seizure', 'BUDAPEST', '31', null]],
    warnings: ['reservation_removes_conduct', 'data_unknown', 'preservation_recommended'],
  },
  {
    title:
      'MX to CO, distribution, preservation and content: Mexico is not a Budapest Party; the OPSC serves',
    input: {
      requesting: 'MX',
      requested: 'CO',
      conducts: ['csam.distribution'],
      measures: ['preservation', 'content_data'],
      urgency: 'routine',
    },
    bases: { OPSC: ['preservation', 'content_data'] },
    excluded: { BUDAPEST: 'not_party', HAGUE1980: 'no_covering_provision' },
    dc: { 'csam.distribution': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['preservation', 'OPSC', '6', null],
      ['content_data', 'OPSC', '6', null],
    ],
    warnings: ['data_unknown'],
  },
  {
    title:
      'CO to AR, production, preservation and traffic data: 24/7 preservation, then mutual assistance',
    input: {
      requesting: 'CO',
      requested: 'AR',
      conducts: ['csam.production'],
      measures: ['preservation', 'traffic_data'],
      urgency: 'routine',
    },
    bases: { OPSC: ['preservation', 'traffic_data'], BUDAPEST: ['preservation', 'traffic_data'] },
    excluded: { CETS224: 'not_in_force' },
    dc: { 'csam.production': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['preservation', 'BUDAPEST', '29', { days: 60 }],
      ['traffic_data', 'BUDAPEST', '31', null],
    ],
    warnings: ['instrument_not_in_force', 'data_unknown'],
  },
  {
    title:
      'PH to US, live-streamed abuse, preservation and content: Budapest; the OPSC does not cover performances',
    input: {
      requesting: 'PH',
      requested: 'US',
      conducts: ['livestream.performance'],
      measures: ['preservation', 'content_data'],
      urgency: 'routine',
    },
    bases: { BUDAPEST: ['preservation', 'content_data'] },
    excluded: { OPSC: 'conduct_not_covered' },
    dc: { 'livestream.performance': ['yes', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['preservation', 'BUDAPEST', '29', { days: 60 }],
      ['content_data', 'BUDAPEST', '31', null],
    ],
    warnings: ['data_unknown'],
  },
  {
    title:
      'PH to AU, online sexual communication, spontaneous information: Budapest Art. 26 needs no dual criminality',
    input: {
      requesting: 'PH',
      requested: 'AU',
      conducts: ['grooming.sexual_communication'],
      measures: ['spontaneous_info'],
      urgency: 'routine',
    },
    bases: { BUDAPEST: ['spontaneous_info'] },
    excluded: { OPSC: 'no_covering_provision', UNTOC_TIP: 'conduct_not_covered' },
    dc: { 'grooming.sexual_communication': ['yes', 'unknown', 'no', 'not_required'] },
    steps: [['spontaneous_info', 'BUDAPEST', '26', null]],
    warnings: ['data_unknown'],
  },
  {
    title:
      'IN to US in an emergency, possession, data requests: India is not a Budapest Party; OPSC assistance only',
    input: {
      requesting: 'IN',
      requested: 'US',
      conducts: ['csam.possession'],
      measures: ['preservation', 'subscriber_info', 'content_data'],
      urgency: 'emergency',
    },
    bases: { OPSC: ['preservation', 'subscriber_info', 'content_data'] },
    excluded: { BUDAPEST: 'not_party', US_CLOUD: 'not_party' },
    dc: { 'csam.possession': ['yes', 'yes', 'unknown', 'satisfied'] },
    steps: [
      ['preservation', 'OPSC', '6', null],
      ['subscriber_info', 'OPSC', '6', null],
      ['content_data', 'OPSC', '6', null],
    ],
    warnings: ['conduct_outside_instrument'],
  },
  {
    title:
      'CA to GB, drawings and written material, content: Canada covers them, the UK only in part',
    input: {
      requesting: 'CA',
      requested: 'GB',
      conducts: ['csam.nonvisual_or_drawn'],
      measures: ['content_data'],
      urgency: 'routine',
    },
    bases: { OPSC: ['content_data'], BUDAPEST: ['content_data'] },
    dc: { 'csam.nonvisual_or_drawn': ['yes', 'partial', 'unknown', 'unknown'] },
    steps: [['content_data', 'BUDAPEST', '31', null]],
    warnings: ['partial_criminalisation', 'preservation_recommended'],
  },
  {
    title:
      'US to GB in an emergency, sextortion, emergency disclosure: no dedicated US statute, charged under general ones',
    input: {
      requesting: 'US',
      requested: 'GB',
      conducts: ['sextortion'],
      measures: ['emergency_disclosure'],
      urgency: 'emergency',
    },
    bases: { BUDAPEST: ['emergency_disclosure'] },
    excluded: { CETS224: 'not_in_force', US_CLOUD: 'no_covering_provision' },
    dc: { sextortion: ['yes', 'unknown', 'unknown', 'unknown'] },
    steps: [['emergency_disclosure', 'BUDAPEST', '25(3)', null]],
    warnings: ['instrument_not_in_force', 'data_unknown'],
  },
  {
    title:
      'US to MX, child prostitution, extradition: the OPSC covers it; Budapest Art. 24 serves only Arts. 2-11 offences',
    input: {
      requesting: 'US',
      requested: 'MX',
      conducts: ['child_prostitution'],
      measures: ['extradition'],
      urgency: 'routine',
    },
    bases: { OPSC: ['extradition'] },
    excluded: { BUDAPEST: 'conduct_not_covered', UNTOC_TIP: 'conduct_not_covered' },
    dc: { child_prostitution: ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [['extradition', 'OPSC', '5', null]],
    warnings: ['data_unknown'],
  },
]);
