import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

const DECIMAL = /^-?\d{1,20}(\.\d{1,10})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError('Decimal must be a number written as a string, e.g. "1250.00".', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

/**
 * graphql-scalars' DateTime serializes to a Date, which JSON.stringify then writes through
 * Date#toJSON, a call back into JavaScript for every date of every answer (most of the cost of
 * serializing a dashboard tile, say). The string is what goes on the wire either way: it is made here.
 */
const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  // Dates straight from a store skip graphql-scalars' checks and conversions of other inputs.
  serialize: (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value : (DateTimeResolver.serialize(value) as Date)).toISOString(),
});

export const scalarResolvers = {
  DateTime,
  Date: LocalDateResolver,
  JSON: JSONResolver,
  Decimal: new GraphQLScalarType({
    name: 'Decimal',
    description: 'An exact decimal number, serialized as a string.',
    serialize: (value) => String(value),
    parseValue: parseDecimal,
    parseLiteral: (ast) =>
      parseDecimal(ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : null),
  }),
};
