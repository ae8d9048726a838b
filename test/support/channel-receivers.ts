import { randomUUID } from 'node:crypto';
import { startJsonReceiver } from './json-receiver';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message, headers and body. */
  raw: string;
}

/**
 * A real SMTP server on a free local port that keeps what it accepts. Recipients in `reject` are
 * refused with 550 (a permanent rejection), as a mail server refuses an unknown mailbox.
 */
export interface SmtpSink {
  url: string;
  mails: ReceivedMail[];
  reject: Set<string>;
  mailsTo(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: '', mails: [], reject: new Set(),
    mailsTo: (address) => sink.mails.filter((mail) => mail.to.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'], authOptional: true, logger: false,
    onRcptTo(address, _session, callback) {
      if (sink.reject.has(address.address.toLowerCase())) {
        callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        sink.mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return sink;
}

export interface ProviderRequest {
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: { to: string; body: string; title?: string; platform?: string; notificationId: string };
  /** What it was answered. */
  status: number;
}

/**
 * A push or SMS provider's HTTP API on a free local port: records every request and answers 200
 * with a message id, unless `script` holds statuses for the request's `to` (taken one per request,
 * the last one repeating).
 */
export interface ProviderReceiver {
  url(path: string): string;
  requests: ProviderRequest[];
  script: Map<string, number[]>;
  requestsTo(to: string): ProviderRequest[];
  close(): Promise<void>;
}

export async function startProviderReceiver(): Promise<ProviderReceiver> {
  const server = await startJsonReceiver((req, json, res) => {
    const body = (json ?? {}) as ProviderRequest['body'];
    const planned = receiver.script.get(body.to);
    const status = planned && planned.length > 1 ? planned.shift()! : planned?.[0] ?? 200;
    receiver.requests.push({
      path: req.url ?? '', authorization: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined,
      body, status,
    });
    res.writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify(status < 300 ? { id: `msg-${randomUUID()}` } : { error: `answered ${status}` }));
  });
  const receiver: ProviderReceiver = {
    url: (path) => `${server.origin}${path}`,
    requests: [], script: new Map(),
    requestsTo: (to) => receiver.requests.filter((request) => request.body.to === to),
    close: () => server.close(),
  };
  return receiver;
}
