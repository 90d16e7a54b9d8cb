import type { v1 } from '@concord/client';
import type { Translate } from '../../../i18n/catalogue.ts';
import { conductName, criminalisationName, measureName } from '../law-labels.ts';

/**
 * The plan as plain text, to paste into a request: headings in the UI language, the legal
 * data's statements as they are (English, with their `[ID]` citations), and the sources.
 */
export function planAsText(
  t: Translate,
  names: { readonly from: string; readonly to: string },
  plan: v1.LawPlan,
): string {
  const lines: string[] = [t('law.plan.title', names), ''];
  lines.push(t('law.plan.legalBases'));
  if (plan.legalBases.length === 0) lines.push(`- ${t('law.plan.noLegalBasis')}`);
  for (const b of plan.legalBases)
    lines.push(
      `- ${b.instrument}: ${b.articles.join(', ')} (${b.measures.map((m) => measureName(t, m)).join(', ')})`,
    );
  lines.push('', t('law.plan.steps'));
  for (const s of plan.steps) {
    lines.push(
      `${s.order}. ${t('law.plan.step', { order: s.order, measure: measureName(t, s.measure), instrument: s.instrument, article: s.article })}`,
      `   ${deadlineText(t, s.deadline)}`,
      `   ${s.summary}`,
    );
  }
  lines.push('', t('law.plan.dualCriminality'));
  for (const d of plan.dualCriminality)
    lines.push(
      `- ${conductName(t, d.conduct)}: ${names.from} ${criminalisationName(t, d.requesting)}, ${names.to} ${criminalisationName(t, d.requested)}; ${t(`law.dc.${d.result}`)}`,
    );
  lines.push('', t('law.plan.warnings'));
  for (const w of plan.warnings) lines.push(`- [${w.code}] ${w.message}`);
  lines.push('', t('law.plan.excluded'));
  for (const e of plan.excluded) lines.push(`- ${e.instrument}: ${e.reason}`);
  lines.push('', t('law.plan.sources'));
  for (const s of plan.sources) lines.push(`[${s.id}] ${s.title} <${s.ref}>`);
  return lines.join('\n');
}

export function deadlineText(
  t: Translate,
  deadline: v1.LawPlan['steps'][number]['deadline'],
): string {
  if (deadline === null) return t('law.plan.noDeadline');
  if (deadline.hours !== undefined) return t('law.plan.deadlineHours', { hours: deadline.hours });
  if (deadline.days !== undefined) return t('law.plan.deadlineDays', { days: deadline.days });
  return t('law.plan.noDeadline');
}
