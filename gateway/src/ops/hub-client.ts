/** One GraphQL answer as a client sees it, with how long it took. */
export interface HubAnswer<Data> {
  /** HTTP status; 0 when no answer came (connection refused or cut, or the client's timeout). */
  status: number;
  data: Data | null;
  errors: { message: string; extensions?: { code?: string; serviceName?: string } }[];
  ms: number;
}

/**
 * Sends one operation to the gateway over HTTP, as a centre's client would, and never throws:
 * a failure to get an answer is reported as status 0 with the reason, so fault runs can count it.
 */
export async function ask<Data>(url: string, token: string, query: string, variables: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<HubAnswer<Data>> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json()) as { data?: Data | null; errors?: HubAnswer<Data>['errors'] };
    return { status: res.status, data: body.data ?? null, errors: body.errors ?? [], ms: performance.now() - started };
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { status: 0, data: null, errors: [{ message: reason, extensions: { code: 'NO_ANSWER' } }], ms: performance.now() - started };
  }
}

/** The `extensions.code` of each error of an answer. */
export function errorCodes(answer: HubAnswer<unknown>): string[] {
  return answer.errors.map((e) => e.extensions?.code ?? 'NO_CODE');
}

interface Registered {
  [site: string]: { registerMigrant: { created: boolean; migrant: { id: string } } };
}

/** Registers a migrant at `site` through the gateway (idempotent on `key` when given); fault-run names are alike, so not a duplicate. */
export function registerMigrant(url: string, token: string, site: string, givenName: string, key?: string): Promise<HubAnswer<Registered>> {
  return ask<Registered>(url, token, `mutation($input: RegisterMigrantInput!) { ${site} { registerMigrant(input: $input) { created migrant { id } } } }`, {
    input: { givenName, familyName: 'Fault-run', sex: 'MALE', estimatedAge: 24, nationality: 'ETH', hasDocuments: false, confirmNotDuplicate: true, ...(key ? { idempotencyKey: key } : {}) },
  });
}

/** Registers a migrant and records what an AVR request needs (AVR counselling, AVR consent); returns the migrant's ID. */
export async function migrantReadyForAvr(url: string, token: string, site: string, givenName: string): Promise<string> {
  const registered = await registerMigrant(url, token, site, givenName);
  const id = registered.data?.[site]?.registerMigrant.migrant.id;
  if (!id) throw new Error(`registering ${givenName} at ${site} failed: ${JSON.stringify(registered.errors)}`);
  for (const [field, input] of [
    ['recordCounselling', { migrantId: id, topics: ['AVR', 'OPTIONS'] }],
    ['recordConsent', { migrantId: id, purpose: 'AVR', givenBy: 'MIGRANT' }],
  ] as const) {
    const type = field === 'recordCounselling' ? 'RecordCounsellingInput' : 'RecordConsentInput';
    const answer = await ask(url, token, `mutation($input: ${type}!) { ${site} { ${field}(input: $input) { created } } }`, { input });
    if (answer.errors.length) throw new Error(`${field} for ${givenName} failed: ${JSON.stringify(answer.errors)}`);
  }
  return id;
}

interface AvrRequested {
  [site: string]: { requestAvr: { created: boolean; avrRequest: { id: string; status: string } } };
}

/** Requests AVR for a migrant of `site` (idempotent on `key`). */
export function requestAvr(url: string, token: string, site: string, migrantId: string, key: string): Promise<HubAnswer<AvrRequested>> {
  return ask<AvrRequested>(url, token, `mutation($input: RequestAvrInput!) { ${site} { requestAvr(input: $input) { created avrRequest { id status } } } }`, {
    input: { migrantId, destinationCountry: 'ETH', destinationRegion: 'Oromia', idempotencyKey: key },
  });
}
