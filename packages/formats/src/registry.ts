// The formats Concord reads and writes, listed explicitly. Importing a format
// module registers nothing; this object is the one list.

import type { FormatDefinition, FormatId } from './format-definition.ts';
import { csvFormat } from './formats/csv-format.ts';
import { hashListFormat } from './formats/hash-list-format.ts';
import { icseFormat } from './formats/icse-format.ts';
import { threatExchangeFormat } from './formats/threatexchange-format.ts';
import { vicsFormat } from './vics/vics-format.ts';

/**
 * Every format by id.
 *
 * @example
 * const result = await parseHashSet(FORMATS.icse, fileText);
 */
export const FORMATS: Readonly<Record<FormatId, FormatDefinition>> = {
  vics: vicsFormat,
  icse: icseFormat,
  csv: csvFormat,
  hash_list: hashListFormat,
  threatexchange: threatExchangeFormat,
};
