import {
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { isPurpose, isSignalType, PURPOSES, SIGNAL_TYPES } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import { MAX_MATCH_LINES, type MatchInputProblem } from './match-input.ts';
import type { MatchState } from './use-match.ts';

const SHOWN_PROBLEMS = 10;

export function MatchForm({ match }: { readonly match: MatchState }) {
  const { t, number } = useI18n();
  const { draft } = match;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('match.formLabel')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          match.submit();
        }}
      >
        <Stack gap="md">
          <Textarea
            label={t('match.hashes')}
            description={t('match.hashesHint', { max: number(MAX_MATCH_LINES) })}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            name="hashes"
            required
            dir="ltr"
            autosize
            minRows={6}
            maxRows={16}
            spellCheck={false}
            autoComplete="off"
            classNames={{ input: 'hash-input' }}
            value={draft.text}
            onChange={(event) => match.set('text', event.currentTarget.value)}
            error={
              match.problems.length > 0 ? <ProblemList problems={match.problems} /> : undefined
            }
            // The problems are a list, which a paragraph (Mantine's default) may not hold.
            errorProps={{ component: 'div' }}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('match.bareType')}
              description={t('match.bareTypeHint')}
              inputWrapperOrder={['label', 'input', 'description']}
              name="bare-type"
              value={draft.bareType}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isSignalType(value)) match.set('bareType', value);
              }}
              data={SIGNAL_TYPES.map((type) => ({ value: type, label: SIGNAL_TYPE_NAMES[type] }))}
            />
            <TextInput
              type="number"
              label={t('match.threshold')}
              description={t('match.thresholdHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              name="threshold"
              min={0}
              max={64}
              step={1}
              value={draft.threshold}
              onChange={(event) => match.set('threshold', event.currentTarget.value)}
              error={match.thresholdInvalid ? t('match.thresholdInvalid') : undefined}
            />
            <NativeSelect
              label={t('match.purpose')}
              description={t('match.purposeHint')}
              inputWrapperOrder={['label', 'input', 'description']}
              name="purpose"
              value={draft.purpose}
              onChange={(event) => {
                const value = event.currentTarget.value;
                match.set('purpose', isPurpose(value) ? value : '');
              }}
              data={[
                { value: '', label: t('signals.noPurpose') },
                ...PURPOSES.map((purpose) => ({ value: purpose, label: t(`purpose.${purpose}`) })),
              ]}
            />
          </SimpleGrid>
          {match.error ? (
            <ErrorAlert
              error={match.error}
              detail={
                match.refusedLine
                  ? match.refusedLine.line === null
                    ? match.refusedLine.message
                    : t('match.refusedLine', {
                        line: number(match.refusedLine.line),
                        detail: match.refusedLine.message,
                      })
                  : null
              }
            />
          ) : null}
          <Group>
            <Button type="submit" loading={match.pending}>
              {t('match.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ProblemList({ problems }: { readonly problems: readonly MatchInputProblem[] }) {
  const { t, number } = useI18n();
  const describe = (problem: MatchInputProblem): string => {
    switch (problem.kind) {
      case 'empty':
        return t('match.problemEmpty');
      case 'too_many':
        return t('match.problemTooMany', {
          max: number(MAX_MATCH_LINES),
          count: number(problem.count),
        });
      case 'unknown_type':
        return t('match.problemUnknownType', { line: number(problem.line), type: problem.type });
      case 'not_hex':
        return t('match.problemNotHex', {
          line: number(problem.line),
          type: SIGNAL_TYPE_NAMES[problem.type],
        });
      case 'wrong_length':
        return t('match.problemLength', {
          line: number(problem.line),
          type: SIGNAL_TYPE_NAMES[problem.type],
          expected: number(problem.expected),
          actual: number(problem.actual),
        });
    }
  };
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  return (
    <List size="sm" data-testid="match-problems">
      {shown.map((problem, index) => (
        <List.Item key={index}>{describe(problem)}</List.Item>
      ))}
      {problems.length > shown.length && (
        <List.Item>
          {t('match.moreProblems', { count: number(problems.length - shown.length) })}
        </List.Item>
      )}
    </List>
  );
}
