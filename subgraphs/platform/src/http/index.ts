export * from './subgraph-server.js';
