import type { v1 } from '@concord/client';
import { useState } from 'react';
import { usePublishProfile } from '../use-law.ts';
import { draftFrom, itemOf, type PublishDraft } from './publish-draft.ts';
import { GROUPS, ITEMS, type GroupId } from './publish-items.ts';
import { checkDraft, type DraftProblem, type PublishCheck } from './publish-request.ts';

/** The item's group a problem is about, or null for the sources and the form as a whole. */
function groupOf(problem: DraftProblem): GroupId | null {
  if (!('item' in problem)) return null;
  return ITEMS.find((def) => def.id === problem.item)?.group ?? null;
}

/**
 * The publish form's state: the draft, its problems (once a review was asked for, kept up to
 * date as the administrator corrects them), the review of the changes, which sections are
 * open, and the publication itself.
 */
export function usePublishDraft(profile: v1.LawCountryProfile) {
  const [draft, setDraft] = useState<PublishDraft>(() => draftFrom(profile));
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [review, setReview] = useState<Extract<PublishCheck, { ok: true }> | null>(null);
  // Sections holding a published value start open; the others show only their headings.
  const [open, setOpen] = useState<ReadonlySet<GroupId>>(
    () =>
      new Set(
        GROUPS.filter((g) => ITEMS.some((d) => d.group === g && itemOf(draft, d.id).choice !== '')),
      ),
  );
  const publishing = usePublishProfile();

  const update = (next: PublishDraft) => {
    setDraft(next);
    setReview(null);
    if (problems.length > 0) {
      const checked = checkDraft(next, profile);
      setProblems(checked.ok ? [] : checked.problems);
    }
    if (publishing.isSuccess || publishing.isError) publishing.reset();
  };

  /** Checks the draft: its problems, or the changes to review before publishing. */
  const askReview = (): boolean => {
    const checked = checkDraft(draft, profile);
    setProblems(checked.ok ? [] : checked.problems);
    setReview(checked.ok ? checked : null);
    if (!checked.ok) {
      setAttempts(attempts + 1);
      const withProblems = checked.problems.flatMap((p) => groupOf(p) ?? []);
      setOpen(new Set([...open, ...withProblems]));
    }
    return checked.ok;
  };

  const publish = () => {
    if (review === null) return;
    publishing.mutate(review.request, { onSuccess: () => setReview(null) });
  };

  const toggle = (group: GroupId, isOpen: boolean) => {
    if (open.has(group) === isOpen) return;
    const next = new Set(open);
    if (isOpen) next.add(group);
    else next.delete(group);
    setOpen(next);
  };

  return {
    draft,
    update,
    problems,
    /** How many reviews were refused: the problem summary takes the focus at each. */
    attempts,
    review,
    askReview,
    cancelReview: () => setReview(null),
    publish,
    publishing,
    open,
    toggle,
  };
}

export type PublishDraftState = ReturnType<typeof usePublishDraft>;
