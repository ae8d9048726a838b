import type { Db } from 'mongodb';
import type { Config } from '../config';
import type { NotificationEvent } from '../live/events';
import type { Logger } from '../logger';
import { MessageDispatcher } from './dispatcher';
import { EmailSender } from './email';
import { HttpProviderSender } from './http-provider';
import type { ChannelSender } from './senders';

export { MessageDispatcher } from './dispatcher';
export { DeliveryError, type ChannelSender } from './senders';

/**
 * The dispatcher for the channels the configuration turns on (SMTP_URL, PUSH_PROVIDER_URL,
 * SMS_PROVIDER_URL); none when none is: the messages of the others stay queued in message_outbox.
 */
export function dispatcherFor(
  config: Config, mongo: Db, logger: Logger, publish: (events: NotificationEvent[]) => Promise<void>,
): MessageDispatcher | undefined {
  const timeoutMs = config.DELIVERY_TIMEOUT_MS;
  const senders: ChannelSender[] = [
    ...(config.SMTP_URL ? [new EmailSender({ url: config.SMTP_URL, from: config.SMTP_FROM, timeoutMs })] : []),
    ...(config.PUSH_PROVIDER_URL
      ? [new HttpProviderSender({ channel: 'push', url: config.PUSH_PROVIDER_URL, authKey: config.PROVIDER_AUTH_KEY, timeoutMs })] : []),
    ...(config.SMS_PROVIDER_URL
      ? [new HttpProviderSender({ channel: 'sms', url: config.SMS_PROVIDER_URL, authKey: config.PROVIDER_AUTH_KEY, timeoutMs })] : []),
  ];
  if (senders.length === 0) return undefined;
  return new MessageDispatcher({
    pgUrl: config.PG_URL, mongo, logger, senders, from: config.SMTP_FROM, publish,
    attempts: config.DELIVERY_ATTEMPTS, backoffMs: config.DELIVERY_BACKOFF_MS, pollMs: config.DELIVERY_POLL_MS, timeoutMs,
  });
}
