import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import type { PeerActions } from './use-peer-actions.ts';

const TEXTS = {
  suspend: { title: 'peers.suspendTitle', body: 'peers.suspendBody', confirm: 'peers.suspend' },
  resume: { title: 'peers.resumeTitle', body: 'peers.resumeBody', confirm: 'peers.resume' },
  remove: { title: 'peers.removeTitle', body: 'peers.removeBody', confirm: 'peers.remove' },
} as const;

/** Asks before a peer is suspended, resumed or removed, and says why it failed if it does. */
export function PeerActionDialog({ actions }: { readonly actions: PeerActions }) {
  const { t, isolate } = useI18n();
  const { subject } = actions;
  if (!subject) return null;
  const texts = TEXTS[subject.action];
  const name = isolate(subject.peer.name);
  return (
    <ConfirmDialog
      opened={actions.opened}
      title={t(texts.title, { name })}
      message={t(texts.body, { name })}
      confirmLabel={t(texts.confirm)}
      onConfirm={actions.confirm}
      onClose={actions.close}
      pending={actions.pending}
      error={actions.error}
    />
  );
}
