// The public entry of @mpa/assistance: single-spa lifecycles, nothing else. React, ReactDOM,
// single-spa, Apollo (@mpa/graphql) and the style guide (@mpa/ui) come from the portal's
// import map, never from this bundle.
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { catalogue } from './messages.js';
import { Root } from './root.component.js';

export const { bootstrap, mount, unmount } = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: () => <Root />,
  // A crash inside the micro-frontend stays inside its area of the page.
  errorBoundary: () => (
    <p role="alert" className="alert">
      {catalogue.messages().crashed}
    </p>
  ),
});
