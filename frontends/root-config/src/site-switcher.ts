// The header's choice of centre for cross-site users (coordinators, AVRR officers,
// administrators). The centres come from the API, so a new centre appears without a release;
// the choice lives in @mpa/auth, which every micro-frontend follows.
import { authorizationHeader, logout } from '@mpa/auth';
import { graphql } from './__generated__/gql.js';
import { t, translated } from './messages.js';

const headerCentresQuery = graphql(`
  query HeaderCentres {
    centres {
      code
      name
    }
  }
`);

export interface CentreChoice {
  readonly code: string;
  /** Null when the centre's own server does not answer: the code stands in for it. */
  readonly name: string | null;
}

/** Every centre, asked of the gateway with the user's token (the root config loads no GraphQL client). */
export async function fetchCentres(fetchFn: typeof fetch = (...args) => fetch(...args)): Promise<CentreChoice[]> {
  const response = await fetchFn('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorizationHeader() },
    // Sent by its persisted ID, like every portal document: a gateway running only the portal's
    // documents (PERSISTED_DOCUMENTS_ONLY) answers it too.
    body: JSON.stringify({ operationName: 'HeaderCentres', variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: headerCentresQuery.__meta__?.['hash'] } } }),
  });
  // As everywhere in the portal: a 401 is a session that ended.
  if (response.status === 401) logout();
  const body = (await response.json()) as { data?: { centres?: CentreChoice[] | null } | null };
  const centres = body.data?.centres;
  if (!response.ok || !Array.isArray(centres)) throw new Error(`The centres could not be loaded (HTTP ${response.status})`);
  return centres;
}

const nameOf = ({ code, name }: CentreChoice) => name ?? `${code.charAt(0).toUpperCase()}${code.slice(1)}`;

/**
 * A labelled select in the header: "All centres" and each centre. Shows the current choice at
 * once (before the list arrives), and says so in place when the list cannot be loaded.
 */
export function showSiteSwitcher(
  doc: Document,
  current: string | null,
  centres: () => Promise<CentreChoice[]>,
  choose: (site: string | null) => void,
): Promise<void> {
  const slot = doc.querySelector<HTMLElement>('#portal-site')!;
  const label = doc.createElement('label');
  label.htmlFor = 'portal-site-select';
  const select = doc.createElement('select');
  select.id = 'portal-site-select';
  const every = doc.createElement('option');
  every.value = '';
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  let failed = false;
  const options = (list: readonly CentreChoice[]) =>
    list.map((centre) => {
      const option = doc.createElement('option');
      option.value = centre.code;
      option.textContent = nameOf(centre);
      option.selected = centre.code === current;
      return option;
    });
  select.append(every, ...(current === null ? [] : options([{ code: current, name: null }])));
  select.addEventListener('change', () => choose(select.value === '' ? null : select.value));
  translated((messages) => {
    label.textContent = messages.centre;
    every.textContent = messages.allCentres;
    status.textContent = failed ? messages.centresUnavailable : '';
  });
  slot.replaceChildren(label, select, status);

  return centres().then(
    (list) => {
      select.replaceChildren(every, ...options(list));
      // A centre chosen earlier that the API no longer lists stays chosen until the user changes it.
      if (current !== null && !list.some((centre) => centre.code === current)) select.append(...options([{ code: current, name: null }]));
    },
    (error: unknown) => {
      console.error(error);
      failed = true;
      status.textContent = t().centresUnavailable;
    },
  );
}
