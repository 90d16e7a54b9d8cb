import type { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import { isCompleteFingerprint, readCardText, type ReadCard } from '../../api/node-card.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { FEDERATION_KEY } from './use-peers.ts';

type AddPeerBody = Parameters<typeof concord.peers.add>[0];

/** Where the card comes from: a file the administrator received, or text pasted from a message. */
export type CardSource = 'file' | 'paste';

export interface AddPeerProblems {
  readonly card?: PlainMessageKey;
  readonly fingerprint?: PlainMessageKey;
}

/**
 * Adding a peer: its card (uploaded or pasted), read here to show what it
 * claims, then the fingerprint its administrator read out by telephone (or
 * a trust anchor's endorsement). The node checks both and says why it refuses.
 */
export function useAddPeer(onAdded: (peer: v1.Peer) => void) {
  const queryClient = useQueryClient();
  const [source, setSource] = useState<CardSource>('file');
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [read, setRead] = useState<ReadCard | null>(null);
  const [fingerprint, setFingerprint] = useState('');
  const [byAnchor, setByAnchor] = useState(false);
  const [problems, setProblems] = useState<AddPeerProblems>({});
  const add = useMutation({
    mutationFn: (body: AddPeerBody) => concord.peers.add(body),
    onSuccess: async (peer) => {
      await queryClient.invalidateQueries({ queryKey: FEDERATION_KEY });
      onAdded(peer);
    },
  });
  const readText = (text: string) => {
    const next = readCardText(text);
    setRead(next);
    setProblems(({ card: _card, ...others }) =>
      next.kind === 'problem' ? { ...others, card: next.problem } : others,
    );
  };
  return {
    source,
    file,
    pasted,
    read,
    fingerprint,
    byAnchor,
    problems,
    pending: add.isPending,
    error: add.error,
    setSource(next: CardSource) {
      setSource(next);
      setRead(null);
      setProblems({});
      add.reset();
    },
    chooseFile(next: File | null) {
      setFile(next);
      add.reset();
      if (!next) {
        setRead(null);
        return;
      }
      next.text().then(readText, () => {
        setRead({ kind: 'problem', problem: 'peers.cardUnreadable' });
        setProblems({ card: 'peers.cardUnreadable' });
      });
    },
    paste(text: string) {
      setPasted(text);
      add.reset();
      readText(text);
    },
    setFingerprint(value: string) {
      setFingerprint(value);
      add.reset();
    },
    setByAnchor(value: boolean) {
      setByAnchor(value);
      add.reset();
    },
    submit() {
      const card = read?.kind === 'card' ? read.card : null;
      const found: AddPeerProblems = {
        ...(card
          ? {}
          : { card: read?.kind === 'problem' ? read.problem : ('peers.cardRequired' as const) }),
        ...(byAnchor || isCompleteFingerprint(fingerprint)
          ? {}
          : { fingerprint: 'peers.fingerprintIncomplete' as const }),
      };
      setProblems(found);
      if (!card || found.fingerprint) return;
      add.mutate(
        byAnchor ? { card, trustAnchor: true } : { card, fingerprint: fingerprint.trim() },
      );
    },
    reset() {
      setSource('file');
      setFile(null);
      setPasted('');
      setRead(null);
      setFingerprint('');
      setByAnchor(false);
      setProblems({});
      add.reset();
    },
  };
}

export type AddPeerForm = ReturnType<typeof useAddPeer>;
