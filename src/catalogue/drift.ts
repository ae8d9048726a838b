import { sameKey, sameOptions } from './indexes';
import type { IndexSpec } from './types';

/** An index as `listIndexes` describes it; only the fields this catalogue declares are read. */
export interface ServerIndex {
  name: string;
  key: Record<string, unknown>;
  unique?: boolean;
  expireAfterSeconds?: number;
  partialFilterExpression?: Record<string, unknown>;
}

export interface IndexDrift {
  /** Declared, and no server index has the name. */
  missing: IndexSpec[];
  /** Declared, but the server index of that name has another key or other options. */
  changed: IndexSpec[];
}

/**
 * Compares by name, because names are what the catalogue keeps stable. Server indexes the
 * catalogue does not declare are not reported: they may belong to someone else (an operator's
 * ad-hoc index, another service), and dropping them is not this gateway's call.
 */
export function indexDrift(declared: readonly IndexSpec[], onServer: readonly ServerIndex[]): IndexDrift {
  const byName = new Map(onServer.map((index) => [index.name, index]));
  const drift: IndexDrift = { missing: [], changed: [] };
  for (const index of declared) {
    const current = byName.get(index.name);
    if (!current) drift.missing.push(index);
    else if (!matches(index, current)) drift.changed.push(index);
  }
  return drift;
}

function matches(declared: IndexSpec, current: ServerIndex): boolean {
  const currentSpec: IndexSpec = {
    name: current.name,
    key: current.key as IndexSpec['key'],
    ...(current.unique !== undefined && { unique: current.unique }),
    ...(current.expireAfterSeconds !== undefined && { expireAfterSeconds: current.expireAfterSeconds }),
    ...(current.partialFilterExpression !== undefined && { partialFilterExpression: current.partialFilterExpression }),
  };
  return sameKey(declared.key, currentSpec.key) && sameOptions(declared, currentSpec);
}
