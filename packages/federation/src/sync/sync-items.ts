import type { HandlingCode } from '@concord/core';
import type { v1 } from '@concord/protocol';
import type { NewSignal, SignalRecord } from '@concord/storage';

/** A signal as it goes to a peer: its sender's id, the path it took (this node last), the narrowed handling code. */
export function toSyncSignal(
  signal: SignalRecord,
  handling: HandlingCode,
  localNodeId: string,
): v1.SyncSignalV1 {
  const permitted = handling.restrictions.permittedPurposes;
  return {
    kind: 'signal',
    changeSeq: signal.changeSeq,
    id: signal.id,
    type: signal.type,
    value: signal.value,
    sourceId: signal.sourceId,
    grade: signal.grade,
    series: signal.series,
    victimIdentified: signal.victimIdentified,
    offenderIdentified: signal.offenderIdentified,
    isDistributed: signal.isDistributed,
    comments: signal.comments,
    contributor: signal.contributor,
    confirmations: signal.confirmations,
    handling: {
      ...handling,
      restrictions: {
        ...handling.restrictions,
        permittedPurposes: permitted ? [...permitted] : null,
      },
    },
    lawfulBasis: signal.lawfulBasis,
    retainUntil: handling.restrictions.retainUntil,
    path: [...(signal.provenance?.path ?? []), localNodeId],
  };
}

/** A received signal as the receiver stores it: the originator stays the contributor, the path is kept. */
export function fromSyncSignal(item: v1.SyncSignalV1): NewSignal {
  return {
    type: item.type,
    value: item.value,
    sourceId: item.sourceId,
    grade: item.grade,
    series: item.series,
    victimIdentified: item.victimIdentified,
    offenderIdentified: item.offenderIdentified,
    isDistributed: item.isDistributed,
    comments: item.comments,
    contributor: item.contributor,
    confirmations: item.confirmations,
    handling: item.handling,
    lawfulBasis: item.lawfulBasis,
    retainUntil: item.retainUntil,
    extra: null,
    provenance: { origin: item.path[0] ?? item.contributor, path: item.path },
    remoteId: item.id,
    disputes: 0,
  };
}
