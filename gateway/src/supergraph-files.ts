/** Build artefacts of composition, committed and loaded by the gateway at start-up. */
export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);
export const API_SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);
