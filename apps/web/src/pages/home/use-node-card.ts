import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import { cardFileName, cardClaims } from '../../api/node-card.ts';
import { saveFile } from '../../api/download-file.ts';

/**
 * This node's signed card and fingerprint, and saving the card as a file to
 * give another node's administrator (the fingerprint goes by telephone).
 */
export function useNodeCard() {
  const card = useQuery({
    queryKey: ['node', 'card'],
    queryFn: () => concord.nodeCard(),
    staleTime: 60_000,
  });
  const [saved, setSaved] = useState<string | null>(null);
  const text = card.data ? JSON.stringify(card.data.card, null, 2) : null;
  return {
    card,
    /** The card as the file holds it (and as "Copy card" copies it). */
    text,
    /** The name of the file last saved, to confirm it. */
    saved,
    download() {
      if (!card.data || text === null) return;
      const fileName = cardFileName(cardClaims(card.data.card)?.name ?? '');
      saveFile(new Blob([text], { type: 'application/json' }), fileName);
      setSaved(fileName);
    },
  };
}

export type NodeCardState = ReturnType<typeof useNodeCard>;
