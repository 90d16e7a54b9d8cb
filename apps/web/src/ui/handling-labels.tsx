import { Group, Text } from '@mantine/core';
import type { v1 } from '@concord/client';
import type { Pap, Tlp } from '../api/protocol-lists.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';

/**
 * A TLP or PAP label as FIRST prescribes it: the label's own colour on black,
 * and always its text ("TLP:AMBER"), which is never translated, so colour is
 * never the only carrier of the meaning.
 */
export function TlpLabel({ tlp }: { readonly tlp: Tlp }) {
  return <HandlingLabel text={`TLP:${tlp}`} colour={tlp} />;
}

export function PapLabel({ pap }: { readonly pap: Pap }) {
  return <HandlingLabel text={`PAP:${pap}`} colour={pap} />;
}

function HandlingLabel({ text, colour }: { readonly text: string; readonly colour: Tlp | Pap }) {
  return (
    <bdi
      dir="ltr"
      className={`handling-label handling-${colour === 'AMBER+STRICT' ? 'amber' : colour.toLowerCase()}`}
    >
      {text}
    </bdi>
  );
}

/** TLP and PAP side by side, and the originator's restrictions in words when there are any. */
export function HandlingSummary({
  handling,
  withRestrictions = false,
}: {
  readonly handling: v1.HandlingCode;
  readonly withRestrictions?: boolean;
}) {
  const restrictions = useRestrictionList(handling);
  return (
    <>
      <Group gap={4} wrap="nowrap">
        <TlpLabel tlp={handling.tlp} />
        <PapLabel pap={handling.pap} />
      </Group>
      {withRestrictions && restrictions.length > 0 && (
        <ul className="restriction-list">
          {restrictions.map((line) => (
            <Text component="li" size="xs" key={line}>
              {line}
            </Text>
          ))}
        </ul>
      )}
    </>
  );
}

/** The restrictions beyond TLP and PAP, one short sentence each. */
export function useRestrictionList(handling: v1.HandlingCode): readonly string[] {
  const { t, dateTime, list } = useI18n();
  const { noOnwardTransmission, intelligenceOnly, retainUntil, permittedPurposes } =
    handling.restrictions;
  const lines: string[] = [];
  if (noOnwardTransmission) lines.push(t('handling.noOnwardTransmission'));
  if (intelligenceOnly) lines.push(t('handling.intelligenceOnly'));
  if (retainUntil) lines.push(t('handling.retainUntilDate', { date: dateTime(retainUntil) }));
  if (permittedPurposes)
    lines.push(
      t('handling.onlyFor', {
        purposes: list(permittedPurposes.map((p) => t(`purpose.${p}`))),
      }),
    );
  return lines;
}
