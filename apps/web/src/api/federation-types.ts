import type { ConcordClient } from '@concord/client';

/**
 * The federation API's shapes, as the client returns them (the protocol
 * names most of them only as schemas).
 */
type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

export type SharingRule = Answer<ConcordClient['sharing']['rules']>[number];
export type SharingTarget = SharingRule['target'];
export type SharingGroup = Answer<ConcordClient['sharing']['groups']>[number];
export type SharingPreview = Answer<ConcordClient['sharing']['preview']>;
export type BankOffer = Answer<ConcordClient['offers']>[number];
export type Subscription = Answer<ConcordClient['subscriptions']['list']>[number];
export type PullResult = Answer<ConcordClient['subscriptions']['sync']>;
