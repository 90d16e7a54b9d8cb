import { Anchor } from '@mantine/core';
import type { v1 } from '@concord/client';
import { linkProps } from '../routing/link-props.ts';
import { paths } from '../routing/paths.ts';

/**
 * A node named as people know it: a known peer by its name, linking to its
 * row on the peers page; any other node by its id, as written.
 */
export function PeerName({
  nodeId,
  peers,
  fallbackName,
}: {
  readonly nodeId: string;
  readonly peers: ReadonlyMap<string, v1.Peer>;
  /** What the node said the peer is called, when the peers list is not at hand. */
  readonly fallbackName?: string;
}) {
  const peer = peers.get(nodeId);
  if (peer)
    return (
      <Anchor size="sm" {...linkProps(paths.peer(nodeId))} fw={600}>
        <bdi>{peer.name}</bdi>
      </Anchor>
    );
  if (fallbackName && fallbackName !== nodeId) return <bdi>{fallbackName}</bdi>;
  return (
    <code className="path-value" dir="ltr">
      {nodeId}
    </code>
  );
}
