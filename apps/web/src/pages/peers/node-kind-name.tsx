import { isNodeKind } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';

/** The kind of agency a node card names, in words; a kind this UI does not know as written. */
export function NodeKindName({ kind }: { readonly kind: string }) {
  const { t } = useI18n();
  return isNodeKind(kind) ? <>{t(`nodeKind.${kind}`)}</> : <bdi dir="ltr">{kind}</bdi>;
}
