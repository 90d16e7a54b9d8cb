import type { Instrument, Plan } from '@concord/law';
import type { Io } from '../io.ts';

function deadline(d: Plan['steps'][number]['deadline']): string {
  if (d === null) return 'no deadline recorded';
  const parts = [
    ...(d.days === undefined ? [] : [`${d.days} days`]),
    ...(d.hours === undefined ? [] : [`${d.hours} hours`]),
  ];
  return `within ${parts.join(' ')}`;
}

/**
 * A plan for people: legal bases, the steps in order with their deadlines, dual criminality,
 * what was excluded and why, warnings, and every source cited. Statements keep their `[ID]`
 * citations, which the sources list resolves.
 */
export function printPlan(io: Io, from: string, to: string, plan: Plan): void {
  io.out(`Cooperation plan: ${from} requesting, ${to} requested`);
  io.out('');
  io.out('Legal bases');
  if (plan.legalBases.length === 0) io.out('  none found in the bundled data');
  for (const b of plan.legalBases)
    io.out(`  ${b.instrument}: Arts. ${b.articles.join(', ')} (${b.measures.join(', ')})`);
  io.out('');
  io.out('Steps');
  if (plan.steps.length === 0)
    io.out('  none: no instrument in force between them covers a measure');
  for (const s of plan.steps)
    io.out(
      `  ${s.order}. ${s.measure} under ${s.instrument} Art. ${s.article}, ${deadline(s.deadline)}: ${s.summary}`,
    );
  io.out('');
  io.out('Dual criminality');
  for (const d of plan.dualCriminality)
    io.out(
      `  ${d.conduct}: ${from} ${d.requesting}, ${to} ${d.requested}; required ${d.required}; ${d.result}`,
    );
  io.out('');
  io.out('Not a legal basis');
  for (const e of plan.excluded) io.out(`  ${e.instrument}: ${e.reason}`);
  io.out('');
  io.out('Warnings');
  if (plan.warnings.length === 0) io.out('  none');
  for (const w of plan.warnings) io.out(`  [${w.code}] ${w.message}`);
  io.out('');
  io.out('Sources');
  for (const s of plan.sources) io.out(`  [${s.id}] ${s.title} <${s.ref}>`);
}

/** An instrument for people: what it is, whether it applies, its provisions and deadlines. */
export function printInstrument(io: Io, i: Instrument): void {
  io.out(`${i.id}: ${i.title}`);
  io.out(`  kind: ${i.kind}; adopted ${i.adopted}; entry into force ${i.entryIntoForce}`);
  const a = i.application;
  io.out(
    `  applies: ${
      a.kind === 'from'
        ? `from ${a.date} [${a.sources.join(', ')}]`
        : a.kind === 'not_in_force'
          ? `not in force: ${a.why} [${a.sources.join(', ')}]`
          : a.kind === 'unknown'
            ? `unknown: ${a.why}`
            : 'per bilateral agreement'
    }`,
  );
  io.out(`  parties: ${String(i.partiesCount.value)} [${i.partiesCount.sources.join(', ')}]`);
  io.out('Provisions');
  for (const p of i.provisions)
    io.out(
      `  Art. ${p.article}${p.unverified ? ' (unverified)' : ''}: ${p.title} [${p.sources.join(', ')}]`,
    );
  if (i.deadlines.length > 0) io.out('Deadlines');
  for (const d of i.deadlines)
    io.out(
      `  ${d.name}: ${String(d.value)} ${d.unit} (Art. ${d.article}) [${d.sources.join(', ')}]`,
    );
}
