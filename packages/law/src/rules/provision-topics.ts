// What each provision in the research file is about, read from its title and summary, so the
// model can answer "which articles of X are about extradition?". provision-topics.test.ts
// checks that every provision of the dataset has exactly one entry here.

import type { InstrumentId } from '../model.ts';

export const PROVISION_TOPICS = [
  'definition',
  'offences',
  'jurisdiction',
  'extradition',
  'mutual_assistance',
  'preservation',
  'production',
  'search_seizure',
  'real_time_collection',
  'network_24_7',
  'spontaneous_information',
  'emergency',
  'jit',
  'time_limits',
  'scope',
  'victims',
  'removal',
  'accession',
  'monitoring',
  'form',
] as const;
export type ProvisionTopic = (typeof PROVISION_TOPICS)[number];

type Topics = readonly ProvisionTopic[];

/** Topics by instrument, then by the article label the research uses. */
export const TOPICS_BY_PROVISION: Readonly<Record<InstrumentId, Readonly<Record<string, Topics>>>> =
  {
    OPSC: {
      '2(c)': ['definition'],
      '3(1)(c)': ['offences'],
      '4': ['jurisdiction'],
      '5': ['extradition'],
      '6': ['mutual_assistance'],
      '7': ['search_seizure', 'mutual_assistance'],
      '8': ['victims'],
      '9': ['victims'],
      '10': ['mutual_assistance'],
    },
    BUDAPEST: {
      '9': ['offences', 'definition'],
      '11': ['offences'],
      '16': ['preservation'],
      '17': ['preservation'],
      '18': ['production'],
      '19': ['search_seizure'],
      '20': ['real_time_collection'],
      '21': ['real_time_collection'],
      '22': ['jurisdiction'],
      '23': ['mutual_assistance'],
      '24': ['extradition'],
      '25': ['mutual_assistance', 'emergency'],
      '26': ['spontaneous_information'],
      '27': ['mutual_assistance', 'emergency'],
      '28': ['mutual_assistance'],
      '29': ['preservation', 'mutual_assistance'],
      '30': ['preservation', 'mutual_assistance'],
      '31': ['search_seizure', 'mutual_assistance'],
      '32': ['mutual_assistance'],
      '33': ['real_time_collection', 'mutual_assistance'],
      '34': ['real_time_collection', 'mutual_assistance'],
      '35': ['network_24_7', 'preservation'],
    },
    CETS224: {
      '6': ['production'],
      '7': ['production'],
      '8': ['production', 'mutual_assistance'],
      '9': ['emergency', 'network_24_7'],
      '10': ['emergency', 'mutual_assistance'],
      '11': ['mutual_assistance'],
      '12': ['jit'],
    },
    LANZAROTE: {
      '18': ['offences'],
      '19': ['offences'],
      '20': ['offences', 'definition'],
      '21': ['offences'],
      '22': ['offences'],
      '23': ['offences'],
      '24': ['offences'],
      'Lanzarote Committee': ['monitoring'],
    },
    ILO_C182: { '3': ['definition'] },
    HAGUE1980: { '38': ['accession'] },
    UNTOC_TIP: {
      'TIP 3(a)-(d)': ['definition'],
      'UNTOC 16 / 18': ['extradition', 'mutual_assistance', 'spontaneous_information'],
    },
    UNCC: {
      '14': ['offences', 'definition'],
      '15': ['offences'],
      'Chapter on international cooperation': [
        'extradition',
        'mutual_assistance',
        'network_24_7',
        'preservation',
        'jit',
      ],
    },
    EU_DIR_2011_93: {
      '2(c)': ['definition'],
      '25': ['removal'],
      '5 / 6 / 17': ['offences', 'jurisdiction'],
    },
    EU_EIO: { '12': ['time_limits'], '3': ['scope'], 'Annex A': ['form'] },
    EU_EEVIDENCE: {
      '10': ['production', 'time_limits', 'emergency'],
      '11': ['preservation', 'time_limits'],
      '4(5)': ['emergency'],
    },
    US_CLOUD: { 'US-UK agreement': ['production'], 'US-Australia agreement': ['production'] },
  };
