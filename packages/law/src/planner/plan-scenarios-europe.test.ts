// Planner scenarios within Europe: EU pairs (EIO, e-Evidence), the UK after the EU, and
// non-EU Council of Europe States. Expectations are read from legal-data.json and the rules
// tables by hand: e.g. DE, FR, ES, IT, NL are Budapest and OPSC Parties; the EU instruments
// bind EU Member States; e-Evidence's start date rests on a weak source (EEV_DATE).

import { scenarioSuite } from '../testing/plan-scenario.ts';

scenarioSuite('plan: European pairs', [
  {
    title:
      'DE to FR, possession, preservation and content: 24/7 preservation, then an e-Evidence production order',
    input: {
      requesting: 'DE',
      requested: 'FR',
      conducts: ['csam.possession'],
      measures: ['preservation', 'content_data'],
      urgency: 'routine',
    },
    bases: {
      OPSC: ['preservation', 'content_data'],
      BUDAPEST: ['preservation', 'content_data'],
      EU_EIO: ['preservation', 'content_data'],
      EU_EEVIDENCE: ['preservation', 'content_data'],
    },
    excluded: {
      LANZAROTE: 'no_covering_provision',
      UNCC: 'not_in_force',
      US_CLOUD: 'not_party',
      UNTOC_TIP: 'conduct_not_covered',
    },
    // DE: §184b possession (DE_2021); FR: ICMEC 1st edition, all five criteria (ICMEC_1).
    dc: { 'csam.possession': ['yes', 'yes', 'unknown', 'satisfied'] },
    steps: [
      ['preservation', 'BUDAPEST', '29', { days: 60 }],
      ['content_data', 'EU_EEVIDENCE', '10', { days: 10 }],
    ],
    warnings: ['weak_source'],
  },
  {
    title: 'DE to FR, possession, preservation only: Budapest 29(3) waives dual criminality',
    input: {
      requesting: 'DE',
      requested: 'FR',
      conducts: ['csam.possession'],
      measures: ['preservation'],
      urgency: 'routine',
    },
    bases: {
      OPSC: ['preservation'],
      BUDAPEST: ['preservation'],
      EU_EIO: ['preservation'],
      EU_EEVIDENCE: ['preservation'],
    },
    dc: { 'csam.possession': ['yes', 'yes', 'no', 'not_required'] },
    steps: [['preservation', 'BUDAPEST', '29', { days: 60 }]],
    warnings: ['weak_source'],
  },
  {
    title:
      'DE to FR in an emergency, content only: an 8-hour e-Evidence order, and preservation is recommended',
    input: {
      requesting: 'DE',
      requested: 'FR',
      conducts: ['csam.possession'],
      measures: ['content_data'],
      urgency: 'emergency',
    },
    bases: {
      OPSC: ['content_data'],
      BUDAPEST: ['content_data'],
      EU_EIO: ['content_data'],
      EU_EEVIDENCE: ['content_data'],
    },
    dc: { 'csam.possession': ['yes', 'yes', 'unknown', 'satisfied'] },
    steps: [['content_data', 'EU_EEVIDENCE', '10', { hours: 8 }]],
    warnings: ['weak_source', 'preservation_recommended'],
  },
  {
    title:
      'FR to ES, distribution, subscriber and traffic data: e-Evidence for both; CETS 224 and the UN Convention signed but not in force',
    input: {
      requesting: 'FR',
      requested: 'ES',
      conducts: ['csam.distribution'],
      measures: ['subscriber_info', 'traffic_data'],
      urgency: 'routine',
    },
    bases: {
      OPSC: ['subscriber_info', 'traffic_data'],
      BUDAPEST: ['subscriber_info', 'traffic_data'],
      EU_EIO: ['subscriber_info', 'traffic_data'],
      EU_EEVIDENCE: ['subscriber_info', 'traffic_data'],
    },
    excluded: { CETS224: 'not_in_force', UNCC: 'not_in_force' },
    dc: { 'csam.distribution': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['subscriber_info', 'EU_EEVIDENCE', '10', { days: 10 }],
      ['traffic_data', 'EU_EEVIDENCE', '10', { days: 10 }],
    ],
    warnings: [
      'weak_source',
      'instrument_not_in_force',
      'preservation_recommended',
      'data_unknown',
    ],
  },
  {
    title:
      'NL to IT, grooming, preservation: the OPSC does not cover grooming; 29(3) leaves it open for a non-Convention offence',
    input: {
      requesting: 'NL',
      requested: 'IT',
      conducts: ['grooming.meeting'],
      measures: ['preservation'],
      urgency: 'routine',
    },
    bases: { BUDAPEST: ['preservation'], EU_EIO: ['preservation'], EU_EEVIDENCE: ['preservation'] },
    excluded: { OPSC: 'conduct_not_covered', CETS224: 'no_covering_provision' },
    dc: { 'grooming.meeting': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [['preservation', 'BUDAPEST', '29', { days: 60 }]],
    warnings: ['weak_source', 'data_unknown'],
  },
  {
    title:
      'DE to AT (outside the dataset), grooming, preservation: only the EU instruments, a European Preservation Order first',
    input: {
      requesting: 'DE',
      requested: 'AT',
      conducts: ['grooming.meeting'],
      measures: ['preservation'],
      urgency: 'routine',
    },
    bases: { EU_EIO: ['preservation'], EU_EEVIDENCE: ['preservation'] },
    excluded: { BUDAPEST: 'status_unknown' },
    dc: { 'grooming.meeting': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [['preservation', 'EU_EEVIDENCE', '11', { days: 60 }]],
    warnings: ['data_unknown', 'weak_source'],
  },
  {
    title:
      'GB to DE, possession, extradition: Budapest Art. 24; Germany does not extradite Germans outside the EU',
    input: {
      requesting: 'GB',
      requested: 'DE',
      conducts: ['csam.possession'],
      measures: ['extradition'],
      urgency: 'routine',
    },
    bases: { OPSC: ['extradition'], BUDAPEST: ['extradition'] },
    excluded: { EU_EIO: 'no_covering_provision' },
    dc: { 'csam.possession': ['yes', 'yes', 'yes', 'satisfied'] },
    steps: [['extradition', 'BUDAPEST', '24', null]],
    warnings: ['nationality_bar_extradition', 'data_unknown'],
  },
  {
    title:
      'FR to DE, possession, extradition: dual criminality required and satisfied; the nationality bar is still flagged',
    input: {
      requesting: 'FR',
      requested: 'DE',
      conducts: ['csam.possession'],
      measures: ['extradition'],
      urgency: 'routine',
    },
    bases: { OPSC: ['extradition'], BUDAPEST: ['extradition'] },
    dc: { 'csam.possession': ['yes', 'yes', 'yes', 'satisfied'] },
    steps: [['extradition', 'BUDAPEST', '24', null]],
    warnings: ['nationality_bar_extradition', 'data_unknown'],
  },
  {
    title: 'DE to UA, distribution, extradition: Ukraine bars extraditing its nationals',
    input: {
      requesting: 'DE',
      requested: 'UA',
      conducts: ['csam.distribution'],
      measures: ['extradition'],
      urgency: 'routine',
    },
    bases: { OPSC: ['extradition'], BUDAPEST: ['extradition'] },
    dc: { 'csam.distribution': ['unknown', 'unknown', 'yes', 'unknown'] },
    steps: [['extradition', 'BUDAPEST', '24', null]],
    warnings: ['nationality_bar_extradition', 'data_unknown'],
  },
  {
    title:
      'DE to FR, production, JIT: no instrument in force provides one (EIO excludes JITs; CETS 224 not in force)',
    input: {
      requesting: 'DE',
      requested: 'FR',
      conducts: ['csam.production'],
      measures: ['jit'],
      urgency: 'routine',
    },
    bases: {},
    excluded: { CETS224: 'not_in_force', EU_EIO: 'no_covering_provision', UNCC: 'not_in_force' },
    dc: { 'csam.production': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [],
    warnings: ['instrument_not_in_force', 'no_legal_basis', 'data_unknown'],
  },
  {
    title:
      'IT to NL, child trafficking, subscriber data and extradition: UNTOC status unknown, no extradition basis',
    input: {
      requesting: 'IT',
      requested: 'NL',
      conducts: ['trafficking.child'],
      measures: ['subscriber_info', 'extradition'],
      urgency: 'routine',
    },
    bases: {
      BUDAPEST: ['subscriber_info'],
      EU_EIO: ['subscriber_info'],
      EU_EEVIDENCE: ['subscriber_info'],
    },
    excluded: {
      UNTOC_TIP: 'in_force_unknown',
      OPSC: 'conduct_not_covered',
      CETS224: 'not_in_force',
    },
    dc: { 'trafficking.child': ['unknown', 'unknown', 'unknown', 'unknown'] },
    steps: [['subscriber_info', 'EU_EEVIDENCE', '10', { days: 10 }]],
    warnings: [
      'data_unknown',
      'weak_source',
      'instrument_not_in_force',
      'no_legal_basis',
      'preservation_recommended',
    ],
  },
  {
    title:
      'GB to FR, online sexual communication, urgent preservation and subscriber data: the UK is outside the EU instruments',
    input: {
      requesting: 'GB',
      requested: 'FR',
      conducts: ['grooming.sexual_communication'],
      measures: ['preservation', 'subscriber_info'],
      urgency: 'urgent',
    },
    bases: { BUDAPEST: ['preservation', 'subscriber_info'] },
    excluded: {
      EU_EIO: 'eu_only',
      EU_EEVIDENCE: 'eu_only',
      OPSC: 'conduct_not_covered',
      CETS224: 'not_in_force',
      UNCC: 'not_in_force',
    },
    dc: { 'grooming.sexual_communication': ['yes', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['preservation', 'BUDAPEST', '29', { days: 60 }],
      ['subscriber_info', 'BUDAPEST', '31', null],
    ],
    warnings: ['eu_instrument_outside_eu', 'instrument_not_in_force', 'data_unknown'],
  },
  {
    title:
      'DE to NL, knowing access, urgent preservation and content: German law covers access only in part',
    input: {
      requesting: 'DE',
      requested: 'NL',
      conducts: ['csam.access'],
      measures: ['preservation', 'content_data'],
      urgency: 'urgent',
    },
    bases: {
      BUDAPEST: ['preservation', 'content_data'],
      EU_EIO: ['preservation', 'content_data'],
      EU_EEVIDENCE: ['preservation', 'content_data'],
    },
    excluded: { OPSC: 'conduct_not_covered' },
    dc: { 'csam.access': ['partial', 'unknown', 'unknown', 'unknown'] },
    steps: [
      ['preservation', 'BUDAPEST', '29', { days: 60 }],
      ['content_data', 'EU_EEVIDENCE', '10', { days: 10 }],
    ],
    warnings: ['weak_source', 'partial_criminalisation', 'data_unknown'],
  },
  {
    title:
      'FR to IT in an emergency, emergency disclosure: an 8-hour e-Evidence order beats an urgent Budapest request',
    input: {
      requesting: 'FR',
      requested: 'IT',
      conducts: ['csam.possession'],
      measures: ['emergency_disclosure'],
      urgency: 'emergency',
    },
    bases: {
      BUDAPEST: ['emergency_disclosure'],
      EU_EIO: ['emergency_disclosure'],
      EU_EEVIDENCE: ['emergency_disclosure'],
    },
    excluded: { OPSC: 'no_covering_provision', CETS224: 'not_in_force' },
    dc: { 'csam.possession': ['yes', 'unknown', 'unknown', 'unknown'] },
    steps: [['emergency_disclosure', 'EU_EEVIDENCE', '10', { hours: 8 }]],
    warnings: ['weak_source', 'instrument_not_in_force', 'data_unknown'],
  },
  {
    title: 'GB to DE, possession, search and seizure: the EIO would serve but the UK left it',
    input: {
      requesting: 'GB',
      requested: 'DE',
      conducts: ['csam.possession'],
      measures: ['search_seizure'],
      urgency: 'routine',
    },
    bases: { OPSC: ['search_seizure'], BUDAPEST: ['search_seizure'] },
    excluded: { EU_EIO: 'eu_only', EU_EEVIDENCE: 'no_covering_provision' },
    dc: { 'csam.possession': ['yes', 'yes', 'unknown', 'satisfied'] },
    steps: [['search_seizure', 'BUDAPEST', '31', null]],
    warnings: ['eu_instrument_outside_eu', 'preservation_recommended'],
  },
  {
    title: 'ES to DE, possession, search and seizure: an EIO, 30 days to recognise',
    input: {
      requesting: 'ES',
      requested: 'DE',
      conducts: ['csam.possession'],
      measures: ['search_seizure'],
      urgency: 'routine',
    },
    bases: { OPSC: ['search_seizure'], BUDAPEST: ['search_seizure'], EU_EIO: ['search_seizure'] },
    dc: { 'csam.possession': ['unknown', 'yes', 'unknown', 'unknown'] },
    steps: [['search_seizure', 'EU_EIO', '12', { days: 30 }]],
    warnings: ['preservation_recommended', 'data_unknown'],
  },
  {
    title:
      'UA to GB, possession, preservation and extradition: Budapest for both; Art. 24 requires dual criminality',
    input: {
      requesting: 'UA',
      requested: 'GB',
      conducts: ['csam.possession'],
      measures: ['preservation', 'extradition'],
      urgency: 'routine',
    },
    bases: { OPSC: ['preservation', 'extradition'], BUDAPEST: ['preservation', 'extradition'] },
    excluded: { LANZAROTE: 'no_covering_provision', CETS224: 'no_covering_provision' },
    dc: { 'csam.possession': ['unknown', 'yes', 'yes', 'unknown'] },
    steps: [
      ['preservation', 'BUDAPEST', '29', { days: 60 }],
      ['extradition', 'BUDAPEST', '24', null],
    ],
    warnings: ['data_unknown'],
  },
]);
