import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from './supergraph-files.js';

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g;

/** The subgraphs named in a supergraph, with the URLs composition wrote. */
export function subgraphsOf(supergraph: string): Map<string, string> {
  return new Map([...supergraph.matchAll(JOIN_GRAPH)].map((m) => [m[1]!, m[2]!]));
}

/** Points subgraphs elsewhere (another host, a test port) without recomposing. */
export function withSubgraphUrls(supergraph: string, urls: Record<string, string>): string {
  return supergraph.replace(JOIN_GRAPH, (whole, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole));
}

/** `SUBGRAPH_<NAME>_URL` overrides from the environment. */
export function subgraphUrlsFromEnv(supergraph: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const name of subgraphsOf(supergraph).keys()) {
    const url = env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (url) urls[name] = url;
  }
  return urls;
}

export function loadSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
