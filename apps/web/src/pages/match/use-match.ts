import { ConcordApiError } from '@concord/client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { Purpose, SignalType } from '../../api/protocol-lists.ts';
import {
  lineOfInvalidHash,
  parseMatchInput,
  type MatchInputProblem,
  type MatchLine,
} from './match-input.ts';

export const DEFAULT_THRESHOLD = 31;

/** The match form: the pasted hashes, the type of bare values, the PDQ threshold and the purpose. */
export interface MatchDraft {
  readonly text: string;
  readonly bareType: SignalType;
  /** As typed; checked to be a whole number from 0 to 64. */
  readonly threshold: string;
  readonly purpose: Purpose | '';
}

const EMPTY: MatchDraft = {
  text: '',
  bareType: 'pdq',
  threshold: String(DEFAULT_THRESHOLD),
  purpose: '',
};

function thresholdOf(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 64 ? value : null;
}

/**
 * Matching pasted hashes against every bank of the node: the form, what is
 * obviously wrong with it, and the node's results, each tied to its line.
 */
export function useMatch() {
  const [draft, setDraft] = useState<MatchDraft>(EMPTY);
  const [problems, setProblems] = useState<readonly MatchInputProblem[]>([]);
  const [thresholdInvalid, setThresholdInvalid] = useState(false);
  const run = useMutation({
    mutationFn: async (input: {
      readonly lines: readonly MatchLine[];
      readonly threshold: number;
      readonly purpose: Purpose | '';
    }) => {
      const response = await concord.match({
        hashes: input.lines.map(({ type, value }) => ({ type, value })),
        threshold: input.threshold,
        ...(input.purpose ? { purpose: input.purpose } : {}),
      });
      return { lines: input.lines, threshold: input.threshold, results: response.results };
    },
  });
  const sentLines = run.variables?.lines ?? [];
  return {
    draft,
    problems,
    thresholdInvalid,
    pending: run.isPending,
    error: run.error,
    /** For a refused hash, the line of the text box it came from. */
    refusedLine:
      run.error instanceof ConcordApiError && run.error.code === 'invalid_hash'
        ? { line: lineOfInvalidHash(run.error.message, sentLines), message: run.error.message }
        : null,
    outcome: run.data ?? null,
    outcomeKey: run.submittedAt,
    set<F extends keyof MatchDraft>(field: F, value: MatchDraft[F]) {
      setDraft((previous) => ({ ...previous, [field]: value }));
    },
    submit() {
      const parsed = parseMatchInput(draft.text, draft.bareType);
      const threshold = thresholdOf(draft.threshold);
      setProblems(parsed.kind === 'problems' ? parsed.problems : []);
      setThresholdInvalid(threshold === null);
      if (parsed.kind === 'ok' && threshold !== null)
        run.mutate({ lines: parsed.lines, threshold, purpose: draft.purpose });
    },
  };
}

export type MatchState = ReturnType<typeof useMatch>;
export type MatchOutcome = NonNullable<MatchState['outcome']>;
