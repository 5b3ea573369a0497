// The public entry of @mpa/centres: single-spa lifecycles, nothing else. React, ReactDOM and
// single-spa come from the portal's import map, never from this bundle.
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { createGraphQLClient } from './graphql-client.js';
import { Root } from './root.component.js';
import { strings } from './strings.js';

// One client, and so one cache, for as long as the page lives: coming back to the section
// shows what was already fetched at once.
const client = createGraphQLClient();

export const { bootstrap, mount, unmount } = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: () => <Root client={client} />,
  // A crash inside the micro-frontend stays inside its area of the page.
  errorBoundary: () => (
    <p role="alert" className="alert">
      {strings.crashed}
    </p>
  ),
});
