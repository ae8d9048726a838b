import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout (or `destination`); credentials never reach them. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'polyglot-gateway' },
    redact: ['req.headers.authorization', 'connectionParams.authorization', 'token'],
  };
  return destination ? pino(options, destination) : pino(options);
}
