import type { ConductId, InstrumentId, LawDataset } from '../model.ts';
import type { NationalProfile } from '../profiles/national-profile.ts';
import type { PlanRequest } from './plan-request.ts';
import type { PlanWarning, PlanWarningCode } from './plan-types.ts';

/** Everything one plan is computed from, and what it has said so far. */
export interface PlanContext {
  readonly request: PlanRequest;
  readonly dataset: LawDataset;
  /** The day the plan is for (YYYY-MM-DD), or null for the present. */
  readonly date: string | null;
  readonly profileOf: (iso2: string) => NationalProfile;
  readonly notes: PlanNotes;
}

/** Collects the plan's warnings and every source id its statements cite. */
export class PlanNotes {
  readonly warnings: PlanWarning[] = [];
  readonly #cited = new Set<string>();

  /** Records the ids as cited and returns them as ` [A, B]` for the end of a statement. */
  cite(sources: readonly string[]): string {
    const ids = sources.filter((id, i) => sources.indexOf(id) === i);
    for (const id of ids) this.#cited.add(id);
    return ids.length === 0 ? '' : ` [${ids.join(', ')}]`;
  }

  /** Adds a warning once; its sources are cited at the end of the message. */
  warn(code: PlanWarningCode, message: string, sources: readonly string[] = []): void {
    const full = `${message}${this.cite(sources)}`;
    if (!this.warnings.some((w) => w.code === code && w.message === full)) {
      this.warnings.push({ code, message: full });
    }
  }

  cited(): readonly string[] {
    return [...this.#cited].sort();
  }
}

/** True when the research's conduct taxonomy lists the instrument among the conduct's references. */
export function conductCoveredBy(
  dataset: LawDataset,
  conduct: ConductId,
  instrument: InstrumentId,
): boolean {
  const record = dataset.conducts.find((c) => c.id === conduct);
  return record !== undefined && record.instrumentRefs.some((r) => r.instrument === instrument);
}

/** True when the dataset has a party matrix row for the jurisdiction. */
export function inDataset(dataset: LawDataset, iso2: string): boolean {
  return dataset.jurisdictions.some((j) => j.iso2 === iso2);
}
