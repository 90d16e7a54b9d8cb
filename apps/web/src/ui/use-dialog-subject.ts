import { useRef, useState } from 'react';

/** What a dialog is about (a peer, a signal...) and whether it is open. */
export interface DialogSubject<T> {
  /** The subject while the dialog is open; null once it closes. */
  readonly asking: T | null;
  /** The last subject, kept while the dialog closes so that it still has something to show. */
  readonly subject: T | null;
  readonly opened: boolean;
  open(subject: T): void;
  close(): void;
}

/**
 * A dialog about one thing among many (a row's peer, rule or signal). It
 * closes through its `opened` prop, keeping its subject while it fades, and
 * gives focus back to the button that opened it, which keyboard users need
 * to carry on where they were. (Mantine does that only for a dialog mounted
 * before it opens; these mount with their first subject.) A button gone in
 * the meantime, a removed peer's say, is left alone.
 *
 * @example
 * const removal = useDialogSubject<v1.Peer>();
 * removal.subject && <ConfirmDialog opened={removal.opened} onClose={removal.close} ... />
 */
export function useDialogSubject<T>(): DialogSubject<T> {
  const [subject, setSubject] = useState<T | null>(null);
  const [opened, setOpened] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  return {
    asking: opened ? subject : null,
    subject,
    opened,
    open(next) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement ? active : null;
      setSubject(next);
      setOpened(true);
    },
    close() {
      setOpened(false);
      const element = opener.current;
      opener.current = null;
      // After the dialog's focus trap lets go, as Mantine itself does.
      window.setTimeout(() => {
        if (element?.isConnected) element.focus({ preventScroll: true });
      }, 10);
    },
  };
}
