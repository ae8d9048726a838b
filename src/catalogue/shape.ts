import type { Decimal128, ObjectId } from 'mongodb';
import type { EntityKind } from '../registry/entities';

/**
 * The fields of a collection's documents, declared once as data. The GraphQL types, their
 * resolvers, the filters, the demo data's checks and the documents' TypeScript types are derived
 * from these declarations (sdl.ts, documents.ts, validate.ts). Stored names are the seed's
 * snake_case; GraphQL names are derived from them (graphql-names.ts).
 */
export type ScalarKind = 'string' | 'int' | 'float' | 'decimal' | 'boolean' | 'date' | 'json';

/** An enum as stored (the seed's values, often lowercase); GraphQL values are the upper-cased forms. */
export interface EnumSpec<V extends string = string> {
  readonly name: string;
  readonly values: readonly V[];
  readonly description?: string;
}

/** A nested object (an attachment inside a message, a widget inside a layout). */
export interface ObjectSpec<F extends Fields = Fields> {
  readonly name: string;
  readonly fields: F;
  readonly description?: string;
}

export interface FieldOptions {
  readonly description?: string;
  /** Stored but never exposed through the graph (secrets, payload hashes, internal bookkeeping). */
  readonly internal?: boolean;
  /** The GraphQL name, when the derived one does not read well. */
  readonly graphqlName?: string;
}

export type FieldKind =
  | { readonly kind: ScalarKind }
  | { readonly kind: 'enum'; readonly enum: EnumSpec }
  | { readonly kind: 'object'; readonly object: ObjectSpec }
  /** The id of a relational row (a user, a project): resolved through the row loaders. */
  | { readonly kind: 'row'; readonly entity: EntityKind }
  /** The ObjectId of another document of the catalogue: resolved through the document loaders. */
  | { readonly kind: 'document'; readonly collection: string };

/** `Stored` is the field's TypeScript type in MongoDB; it exists only at compile time. */
export type FieldSpec<Stored = unknown> = FieldKind & FieldOptions & {
  readonly optional: boolean;
  readonly list: boolean;
  readonly __stored?: Stored;
};

export type Fields = Readonly<Record<string, FieldSpec>>;

/** The stored TypeScript shape of a set of fields: optional fields may be missing or null. */
export type StoredFields<F extends Fields> = {
  -readonly [K in keyof F as F[K]['optional'] extends true ? never : K]: StoredOf<F[K]>;
} & {
  -readonly [K in keyof F as F[K]['optional'] extends true ? K : never]?: StoredOf<F[K]> | null;
};

type StoredOf<F> = F extends FieldSpec<infer T> ? T : never;

const field = <T, K extends FieldKind>(kind: K, options: FieldOptions = {}) =>
  ({ ...kind, ...options, optional: false as const, list: false as const }) as K & FieldOptions & {
    readonly optional: false; readonly list: false; readonly __stored?: T;
  };

export const string = (options?: FieldOptions) => field<string, { kind: 'string' }>({ kind: 'string' }, options);
export const int = (options?: FieldOptions) => field<number, { kind: 'int' }>({ kind: 'int' }, options);
export const float = (options?: FieldOptions) => field<number, { kind: 'float' }>({ kind: 'float' }, options);
/** Money and quantities: Decimal128 in MongoDB, an exact string in GraphQL. */
export const decimal = (options?: FieldOptions) => field<Decimal128, { kind: 'decimal' }>({ kind: 'decimal' }, options);
export const boolean = (options?: FieldOptions) => field<boolean, { kind: 'boolean' }>({ kind: 'boolean' }, options);
export const date = (options?: FieldOptions) => field<Date, { kind: 'date' }>({ kind: 'date' }, options);
/** Free-form JSON, only where the seed's payload really is free-form (request bodies, feature arrays). */
export const json = (options?: FieldOptions) => field<unknown, { kind: 'json' }>({ kind: 'json' }, options);

export const enumOf = <V extends string>(spec: EnumSpec<V>, options?: FieldOptions) =>
  field<V, { kind: 'enum'; enum: EnumSpec }>({ kind: 'enum', enum: spec }, options);

export const objectOf = <F extends Fields>(spec: ObjectSpec<F>, options?: FieldOptions) =>
  field<StoredFields<F>, { kind: 'object'; object: ObjectSpec }>({ kind: 'object', object: spec }, options);

/** A relational row's id (UUID); `row('USER')` is who did something. */
export const row = (entity: EntityKind, options?: FieldOptions) =>
  field<string, { kind: 'row'; entity: EntityKind }>({ kind: 'row', entity }, options);

/** Another document's ObjectId, in the named catalogue collection. */
export const documentRef = (collection: string, options?: FieldOptions) =>
  field<ObjectId, { kind: 'document'; collection: string }>({ kind: 'document', collection }, options);

/** May be missing or null in a stored document; nullable in GraphQL. */
export const optional = <F extends FieldSpec>(spec: F) =>
  ({ ...spec, optional: true as const }) as Omit<F, 'optional'> & { readonly optional: true };

/** A list of values; the list itself is required (empty when there is nothing). */
export const listOf = <F extends FieldSpec>(spec: F) =>
  ({ ...spec, list: true as const }) as Omit<F, 'list' | '__stored'> & {
    readonly list: true; readonly __stored?: StoredOf<F>[];
  };

export const defineEnum = <const V extends string>(name: string, values: readonly V[], description?: string): EnumSpec<V> =>
  ({ name, values, ...(description && { description }) });

export const defineObject = <const F extends Fields>(name: string, fields: F, description?: string): ObjectSpec<F> =>
  ({ name, fields, ...(description && { description }) });
