import { SignalMatcher, type SignalType } from '@concord/core';

/** What a scan report says about a signal that matched; never the media. */
export interface ScanSignal {
  readonly bank: string;
  readonly type: SignalType;
  readonly grade: { readonly scheme: string; readonly value: string } | null;
  readonly series: string | null;
}

/** The banks a scan matches against, in memory. */
export class ScanBanks {
  readonly matcher = new SignalMatcher();
  readonly #signals = new Map<string, ScanSignal>();
  readonly sources: {
    readonly bank: string;
    readonly signals: number;
    readonly problems: number;
  }[] = [];

  /** Adds one bank's signals; returns how many were taken. */
  addBank(
    bank: string,
    signals: Iterable<{ readonly key: string; readonly value: string } & ScanSignal>,
    problems = 0,
  ): number {
    let taken = 0;
    for (const s of signals) {
      if (!this.matcher.add(s.key, s.type, s.value)) continue;
      this.#signals.set(s.key, { bank: s.bank, type: s.type, grade: s.grade, series: s.series });
      taken += 1;
    }
    this.sources.push({ bank, signals: taken, problems });
    return taken;
  }

  signal(key: string): ScanSignal | undefined {
    return this.#signals.get(key);
  }

  get size(): number {
    return this.matcher.size;
  }
}
