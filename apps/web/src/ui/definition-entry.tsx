import type { ReactNode } from 'react';

/** One term and its description inside a `<dl className="definition-list">`. */
export function DefinitionEntry({
  term,
  children,
}: {
  readonly term: string;
  readonly children: ReactNode;
}) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
