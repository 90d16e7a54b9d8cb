import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';

/**
 * Counts as a list of labelled bars. The numbers are text, so a screen reader
 * reads "CAID · A: 12"; the bars are decoration for sighted readers.
 */
export function CountBars({
  counts,
  total,
  labelledBy,
  testId,
}: {
  /** `key` is what the report counts by ("caid:A"), `label` the same in words. */
  readonly counts: readonly {
    readonly key: string;
    readonly label: string;
    readonly count: number;
  }[];
  /** The count a full bar stands for (e.g. all matched files). */
  readonly total: number;
  readonly labelledBy: string;
  readonly testId: string;
}) {
  const { number } = useI18n();
  const scale = Math.max(total, ...counts.map((c) => c.count), 1);
  return (
    <ul className="count-bars" aria-labelledby={labelledBy} data-testid={testId}>
      {counts.map(({ key, label, count }) => (
        <li key={key} data-key={key} data-count={count}>
          <Text size="sm" component="span">
            <bdi>{label}</bdi>
            <span className="visually-hidden">: </span>
          </Text>
          <span className="count-bar-track" aria-hidden="true">
            <span
              className="count-bar-fill"
              style={{ inlineSize: `${Math.round((count / scale) * 100)}%` }}
            />
          </span>
          <Text size="sm" component="span" className="count-bar-value">
            {number(count)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
