import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

class AuthenticatedDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }: { request: any; context: any }) {
    request.http.headers.set('authorization', context.token ?? ''); // tfl-eval-not: hardcoded-credential
    request.http.headers.set('x-gateway-secret', process.env.GATEWAY_SHARED_SECRET ?? ''); // tfl-eval-not: hardcoded-credential
  }
}

class LegacyDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request }: { request: any }) {
    request.http.headers.set('x-api-key', 'tCGymcLElqf6QGZ8fCPpyi'); // tfl-eval: hardcoded-credential
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'products', url: process.env.PRODUCTS_URL }] }),
  buildService: ({ name, url }) => (name === 'legacy' ? new LegacyDataSource({ url }) : new AuthenticatedDataSource({ url })),
});

const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT) },
  context: async ({ req }) => ({ token: req.headers.authorization }),
});
console.log(`gateway ready at ${url}`);
