import type { v1 } from '@concord/client';
import { Stack, Text } from '@mantine/core';
import { isGradeScheme } from '../api/protocol-lists.ts';
import type { Translate } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';

/**
 * A grade is its value, its scheme and who graded it; "Ungraded" when there
 * is none. A grader that is a known peer node is named by its name.
 */
export function GradeCell({
  grade,
  peers,
}: {
  readonly grade: v1.Signal['grade'];
  readonly peers?: ReadonlyMap<string, v1.Peer>;
}) {
  const { t, isolate } = useI18n();
  if (!grade) return <>{t('signals.ungraded')}</>;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        <bdi dir="ltr">{grade.value}</bdi>
      </Text>
      <Text size="xs">{t(`gradeScheme.${grade.scheme}`)}</Text>
      <Text size="xs" c="dimmed">
        {t('signals.gradedBy', {
          name: isolate(peers?.get(grade.gradedBy)?.name ?? grade.gradedBy),
        })}
      </Text>
    </Stack>
  );
}

/**
 * A grade as a scan report counts it ("caid:A", or "ungraded"), in words:
 * the scheme's name and the value.
 */
export function gradeKeyLabel(t: Translate, key: string): string {
  if (key === 'ungraded') return t('signals.ungraded');
  const at = key.indexOf(':');
  const scheme = at < 0 ? '' : key.slice(0, at);
  if (!isGradeScheme(scheme)) return key;
  return t('grade.label', { scheme: t(`gradeScheme.${scheme}`), value: key.slice(at + 1) });
}
