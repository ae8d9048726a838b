import { describeAccess, readAccess } from '../auth/permissions';
import { catalogue, type CollectionName } from './collections';
import { filterFields } from './filters';
import type { CollectionSpec, Retention } from './types';

/** The README's table of collections, rendered from the declarations by `npm run schema`. */
export const README_START = '<!-- catalogue:start (npm run schema writes this table) -->';
export const README_END = '<!-- catalogue:end -->';

function retentionText(retention: Retention): string {
  switch (retention.kind) {
    case 'permanent': return 'permanent';
    case 'expiresAt': return `until \`${retention.field}\``;
    case 'ttl': {
      const days = retention.seconds / 86_400;
      return `${days % 365 === 0 ? `${days / 365} y` : `${days} d`} after \`${retention.field}\``;
    }
  }
}

function row(spec: CollectionSpec): string {
  const { list, entityField, type } = spec.graphql;
  const filters = filterFields(spec).map((f) => f.argument).join(', ');
  const entry = list ? `\`${list}\`${filters ? ` (${filters})` : ''}` : '(see below)';
  return `| \`${spec.name}\` | \`${type}\` | ${entry} | ${entityField ? `\`${entityField}\`` : ''} | ${describeAccess(readAccess[spec.name as CollectionName])} | ${retentionText(spec.retention)} |`;
}

export function catalogueTable(specs: readonly CollectionSpec[] = catalogue): string {
  return [
    README_START,
    '| collection | type | list field (filters) | on every Entity | readable by | kept |',
    '|---|---|---|---|---|---|',
    ...specs.map(row),
    README_END,
  ].join('\n');
}

/** The README with its catalogue table replaced by the current one. */
export function withCatalogueTable(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section`);
  return readme.slice(0, start) + catalogueTable() + readme.slice(end + README_END.length);
}
