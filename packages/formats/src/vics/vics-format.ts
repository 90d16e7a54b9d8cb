// Project VIC VICS JSON, versions 1.0-1.3 and 2.0, #Media and #Cases forms.
// See vics-header.ts for the data-model URLs, vics-media.ts for the fields.

import type { FormatDefinition } from '../format-definition.ts';
import { readVics } from './vics-reader.ts';
import { VICS_HOLDS, writeVics } from './vics-writer.ts';

const DATA_MODEL =
  /"(?:@odata\.context|odata\.metadata)"\s*:\s*"https?:\/\/github\.com\/(?:VICSDATAMODEL|ICMEC)\/ProjectVic\//i;

export const vicsFormat: FormatDefinition = {
  id: 'vics',
  label: 'Project VIC VICS JSON',
  extensions: ['.json'],
  streaming: false,
  holds: VICS_HOLDS,
  parse: readVics,
  serialise: writeVics,
  sniff: (head) => DATA_MODEL.test(head.join('\n')),
};
