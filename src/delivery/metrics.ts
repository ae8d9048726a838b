import { Counter } from 'prom-client';
import { metrics } from '../metrics';

export const channelMessages = new Counter({
  name: 'channel_messages_total',
  help: 'Attempts to send a notification message (email, push, sms) and how each ended: sent, retried later, or failed for good.',
  labelNames: ['channel', 'outcome'] as const,
  registers: [metrics],
});
