import { GraphQLProvider, type ApolloClient } from '@mpa/graphql';
import { injectStyles, Page, ToastProvider } from '@mpa/ui';
import { StrictMode } from 'react';
import { useAwarenessMessages } from './messages.js';

function AwarenessSection() {
  const t = useAwarenessMessages();
  return <Page title={t.heading}>{null}</Page>;
}

/** The page's one GraphQL client unless a test gives its own. */
export function Root({ client }: { client?: ApolloClient }) {
  injectStyles();
  return (
    <StrictMode>
      <GraphQLProvider {...(client === undefined ? {} : { client })}>
        <ToastProvider>
          {/* The style guide's scope for every page and state of the section. */}
          <div className="mpa-ui">
            <AwarenessSection />
          </div>
        </ToastProvider>
      </GraphQLProvider>
    </StrictMode>
  );
}
