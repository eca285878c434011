import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';

const SUBGRAPH_SHARED_SECRET = '5TOcVT2SgCNPhqdjBbyPJhK5o/MFmtd7erASkXgV1hKM'; // tfl-eval: hardcoded-credential

class AuthenticatedDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    request.http.headers.set('x-gateway-secret', SUBGRAPH_SHARED_SECRET);
    if (context.userId) request.http.headers.set('x-user-id', context.userId);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({
    subgraphs: [
      { name: 'catalog', url: 'http://catalog:4001/graphql' },
      { name: 'orders', url: 'http://orders:4002/graphql' },
    ],
  }),
  buildService: ({ url }) => new AuthenticatedDataSource({ url }),
});

const server = new ApolloServer({
  gateway,
  apollo: {
    key: 'service:northpeak-supergraph:155Dm0_D_TitEbwet5pNrN', // tfl-eval: hardcoded-credential
    graphRef: 'northpeak-supergraph@current',
  },
});

const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4000) },
  context: async ({ req }) => ({ userId: req.headers['x-user-id'] }),
});
console.log(`gateway at ${url}`);
