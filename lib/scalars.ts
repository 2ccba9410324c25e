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
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : (undefined as unknown as string)),
});
