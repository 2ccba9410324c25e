import { GraphQLScalarType, Kind } from 'graphql';

/**
 * `Date`: a calendar date, YYYY-MM-DD, with no time zone. Parsing passes the string through;
 * resolvers validate it with dateArg so errors name the argument (see lib/args.ts).
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD, without time zone.',
  serialize: (value) => String(value),
  parseValue: (value) => value as string,
  // Cast: graphql-js reads undefined from parseLiteral as an invalid literal; the scalar's type has no place for it.
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : (undefined as unknown as string)),
});

/**
 * `VND`: an exact amount of Vietnamese đồng. The đồng has no minor unit, so an amount is an
 * integer; it is serialised as a decimal string ("200000000") so that no client reads it as a
 * float and no amount beyond 2^53 loses a digit. Values come from bigint/numeric columns (pg
 * returns them as strings); a fractional or non-numeric value is a server error, never rounded.
 */
const VND_TEXT = /^-?\d+$/;
function toVnd(value: unknown): string {
  const text =
    typeof value === 'bigint' ? value.toString() : typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !VND_TEXT.test(text)) throw new TypeError(`VND must be a whole number of đồng, got ${String(value)}`);
  return BigInt(text).toString();
}
/**
 * A numeric value read from PostgreSQL (a sum of numeric or bigint amounts, as text) as whole
 * đồng. A zero fraction ("1500.000") is dropped; any other fraction is an error: amounts are
 * apportioned in whole đồng (subgraphs/coverage/rebase.ts), so one would be a bug.
 */
export function vndText(value: unknown): string {
  const text = typeof value === 'string' ? value.replace(/\.0*$/, '') : value;
  return toVnd(text);
}
export const VndScalar = new GraphQLScalarType<string, string>({
  name: 'VND',
  description: 'An exact amount of Vietnamese đồng: an integer, serialised as a decimal string.',
  serialize: toVnd,
  parseValue: toVnd,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT)
      throw new TypeError('VND is a whole number of đồng, as a string or an integer literal');
    return toVnd(ast.value);
  },
});
