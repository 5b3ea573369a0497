// The baseline the benchmark compares against: the same supergraph and subgraphs behind
// @apollo/gateway in @apollo/server. Identity travels as with Hive: the caller's token in the
// subgraph request body (`extensions.jwt.token`), where each subgraph verifies it.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { loadSupergraph, subgraphUrlsFromEnv, withSubgraphUrls } from '../supergraph.js';

interface Ctx {
  token: string;
}

class TokenForwardingSource extends RemoteGraphQLDataSource<Ctx> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<Ctx>['willSendRequest']>>[0]): void {
    request.extensions = { ...request.extensions, jwt: { token: { value: context.token, prefix: 'Bearer' } } };
  }
}

const supergraph = loadSupergraph();
const server = new ApolloServer<Ctx>({
  gateway: new ApolloGateway({
    supergraphSdl: withSubgraphUrls(supergraph, subgraphUrlsFromEnv(supergraph)),
    buildService: ({ url }) => new TokenForwardingSource({ url }),
  }),
  // Only the benchmark talks to it, on loopback; GET `{__typename}` serves as its health check.
  csrfPrevention: false,
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.GATEWAY_PORT ?? 4010), host: '127.0.0.1' },
  // The bench sends valid tokens; the subgraphs verify them (this baseline does no JWT work itself).
  context: async ({ req }) => ({ token: String(req.headers.authorization ?? '').replace(/^Bearer /, '') }),
});
console.log(`Apollo gateway at ${url}`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
