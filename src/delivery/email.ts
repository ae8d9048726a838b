import { createTransport } from 'nodemailer';
import type { ClaimedOutgoing } from '../stores/message-outbox';
import { DeliveryError, idempotencyKey, type ChannelSender, type Sent } from './senders';

export interface EmailOptions {
  /** SMTP_URL, e.g. smtp://user:pass@mail.example.com:587 */
  url: string;
  /** SMTP_FROM, e.g. `Acme <notifications@acme.example>` */
  from: string;
  timeoutMs: number;
}

/** The domain of the sender's address: Message-IDs are made under it, as mail clients do. */
export function senderDomain(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}

/** The Message-ID of a queued email: the same on every attempt, so a repeat can be recognised. */
export const messageIdOf = (message: ClaimedOutgoing, from: string) => `<${idempotencyKey(message)}@${senderDomain(from)}>`;

interface SmtpFailure {
  message?: string;
  code?: string;
  responseCode?: number;
  permanent?: boolean;
}

/**
 * Email over SMTP (nodemailer, one pooled connection reused between messages). A 5xx reply (but
 * 503) is a permanent refusal, as nodemailer reads RFC 5321; 4xx replies, timeouts and connection
 * failures are worth another attempt.
 */
export class EmailSender implements ChannelSender {
  readonly channel = 'email' as const;
  readonly provider: string;
  private readonly transport;

  constructor(private readonly options: EmailOptions) {
    this.provider = new URL(options.url).hostname;
    this.transport = createTransport({
      url: options.url, pool: true, maxConnections: 2,
      connectionTimeout: options.timeoutMs, greetingTimeout: options.timeoutMs, socketTimeout: options.timeoutMs,
    });
  }

  async send(message: ClaimedOutgoing): Promise<Sent> {
    try {
      await this.transport.sendMail({
        from: this.options.from, to: message.message.to, subject: message.message.subject, text: message.message.text,
        messageId: messageIdOf(message, this.options.from),
      });
      return {};
    } catch (error) {
      const failure = error as SmtpFailure;
      throw new DeliveryError(failure.message ?? String(error), failure.permanent === true,
        failure.responseCode ? String(failure.responseCode) : failure.code);
    }
  }

  close(): void {
    this.transport.close();
  }
}
