import type { AuditOutcome } from '../../api/protocol-lists.ts';
import { AUDIT_OUTCOMES } from '../../api/protocol-lists.ts';

/** The filter form as typed: text fields, an outcome or '' for any, local date-times. */
export interface AuditFilterDraft {
  readonly actor: string;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly outcome: AuditOutcome | '';
  /** `datetime-local` values, in the browser's time zone. */
  readonly from: string;
  readonly to: string;
}

/** The filters as the API takes them: only what is set, instants in UTC. */
export interface AuditFilters {
  readonly actor?: string;
  readonly action?: string;
  readonly objectType?: string;
  readonly objectId?: string;
  readonly outcome?: AuditOutcome;
  readonly from?: string;
  readonly to?: string;
}

export const NO_FILTERS: AuditFilterDraft = {
  actor: '',
  action: '',
  objectType: '',
  objectId: '',
  outcome: '',
  from: '',
  to: '',
};

const TEXT_FIELDS = ['actor', 'action', 'objectType', 'objectId'] as const;

export function isAuditOutcome(value: string): value is AuditOutcome {
  return (AUDIT_OUTCOMES as readonly string[]).includes(value);
}

function instant(local: string): string | undefined {
  if (local === '') return undefined;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/**
 * The API's filters from the form, or `range_invalid` when "from" is after "to".
 *
 * @example
 * auditFilters({ ...NO_FILTERS, action: ' user. ' }) // { kind: 'ok', filters: { action: 'user.' } }
 */
export function auditFilters(
  draft: AuditFilterDraft,
): { kind: 'ok'; filters: AuditFilters } | { kind: 'range_invalid' } {
  const from = instant(draft.from);
  const to = instant(draft.to);
  if (from && to && from > to) return { kind: 'range_invalid' };
  const filters: { -readonly [K in keyof AuditFilters]: AuditFilters[K] } = {};
  for (const field of TEXT_FIELDS) {
    const value = draft[field].trim();
    if (value !== '') filters[field] = value;
  }
  if (draft.outcome !== '') filters.outcome = draft.outcome;
  if (from) filters.from = from;
  if (to) filters.to = to;
  return { kind: 'ok', filters };
}
