import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import css from './centres.css?inline';
import { CentresPage } from './centres/centres-page.component.js';

export function Root({ client, today }: { client: ApolloClient; today?: Date }) {
  return (
    <StrictMode>
      <ApolloProvider client={client}>
        {/* Shipped inside the bundle: the micro-frontend deploys as one JavaScript file. */}
        <style>{css}</style>
        <div className="mpa-centres">
          <CentresPage {...(today === undefined ? {} : { today })} />
        </div>
      </ApolloProvider>
    </StrictMode>
  );
}
