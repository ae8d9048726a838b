import type { ClaimedOutgoing } from '../stores/message-outbox';
import { DeliveryError, idempotencyKey, type ChannelSender, type Sent } from './senders';

export interface HttpProviderOptions {
  channel: 'push' | 'sms';
  /** PUSH_PROVIDER_URL or SMS_PROVIDER_URL. */
  url: string;
  /** PROVIDER_AUTH_KEY, sent as a bearer token. */
  authKey?: string | undefined;
  timeoutMs: number;
}

/** Answers that may be different next time: a timeout, too many requests, the provider's own trouble. */
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Push and SMS through a provider's HTTP API: one JSON POST per message, with the message's
 * idempotency key. 2xx is taken (its JSON `id`, when there is one, is the provider's message id);
 * 408, 429 and 5xx, timeouts and refused connections are tried again; any other answer (a bad
 * number, a dead token) is final.
 */
export class HttpProviderSender implements ChannelSender {
  readonly channel;
  readonly provider: string;

  constructor(private readonly options: HttpProviderOptions) {
    this.channel = options.channel;
    this.provider = new URL(options.url).host;
  }

  async send(message: ClaimedOutgoing): Promise<Sent> {
    const { to, platform, subject, text } = message.message;
    const body = this.channel === 'push'
      ? { to, platform, title: subject, body: text, notificationId: message.notification_id }
      : { to, body: text, notificationId: message.notification_id };
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey(message),
          ...(this.options.authKey ? { authorization: `Bearer ${this.options.authKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new DeliveryError(`${this.provider} did not answer: ${(error as Error).message}`, false);
    }
    const answer = await response.text().catch(() => '');
    if (!response.ok) {
      throw new DeliveryError(`${this.provider} answered ${response.status}: ${answer.slice(0, 200)}`, !retryable(response.status),
        String(response.status));
    }
    const providerMessageId = providerId(answer);
    return providerMessageId ? { providerMessageId } : {};
  }
}

function providerId(answer: string): string | undefined {
  try {
    const id = (JSON.parse(answer) as { id?: unknown; messageId?: unknown }) ?? {};
    const value = id.id ?? id.messageId;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  } catch {
    return undefined;
  }
}
