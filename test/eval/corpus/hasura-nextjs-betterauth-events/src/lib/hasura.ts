import { GraphQLClient } from 'graphql-request';

const endpoint = process.env.HASURA_GRAPHQL_ENDPOINT ?? 'http://localhost:8080/v1/graphql';

export const adminClient = new GraphQLClient(endpoint, {
  headers: { 'x-hasura-admin-secret': process.env.HASURA_ADMIN_SECRET ?? '' }, // tfl-eval-not: hardcoded-credential
});

export function userClient(jwt: string) {
  return new GraphQLClient(endpoint, { headers: { Authorization: `Bearer ${jwt}` } }); // tfl-eval-not: hardcoded-credential
}
