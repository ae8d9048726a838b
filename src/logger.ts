import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; credentials never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'polyglot-gateway' },
    redact: ['req.headers.authorization', 'connectionParams.authorization', 'token'],
  });
}
