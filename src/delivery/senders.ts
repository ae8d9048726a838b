import type { ClaimedOutgoing, OutgoingChannel } from '../stores/message-outbox';

/** A send that did not go through; `permanent` when trying again would get the same answer. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    /** The provider's code for the failure: an HTTP status, an SMTP reply code. */
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface Sent {
  /** The provider's id for the message, when it gives one. */
  providerMessageId?: string;
}

/** One channel's way out: resolves when the provider has taken the message, throws DeliveryError when not. */
export interface ChannelSender {
  readonly channel: OutgoingChannel;
  /** What the delivery logs name as the provider. */
  readonly provider: string;
  send(message: ClaimedOutgoing): Promise<Sent>;
  close?(): void;
}

/** Every attempt of a message carries the same key, so a provider may drop a repeat (a send whose answer was lost). */
export const idempotencyKey = (message: ClaimedOutgoing) => `message-outbox-${message.id}`;
