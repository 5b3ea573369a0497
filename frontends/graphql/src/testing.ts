// For micro-frontends' component tests only (never in the import map): Apollo's mocks, from the
// same Apollo the hooks of @mpa/graphql use.
export { MockLink } from '@apollo/client/testing';
export { MockedProvider } from '@apollo/client/testing/react';
