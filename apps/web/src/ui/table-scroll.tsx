import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll area: named for screen readers and
 * focusable, so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({
  label,
  minWidth,
  children,
}: {
  readonly label: string;
  readonly minWidth: number;
  readonly children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
      className="table-scroll"
    >
      {children}
    </Table.ScrollContainer>
  );
}
