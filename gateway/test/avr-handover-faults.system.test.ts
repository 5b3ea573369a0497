import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HandoverFaults, refusedForGood, type HandoverRig } from '../src/ops/faults/avr-handover.js';
import { FaultyLink } from '../src/ops/faulty-link.js';
import { startTestHub } from '../src/testing/hub.js';

let rig: HandoverRig;
let faults: HandoverFaults;
const RELAY_TIMEOUT_MS = 1500;

beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  const link = await FaultyLink.open();
  const hub = await startTestHub({
    serverUrl,
    years: 0,
    // The centres reach AVRR through a link the test can slow down or cut.
    avrrUrlForSites: (avrrUrl) => {
      link.to(avrrUrl);
      return link.url;
    },
    avrRelay: { timeoutMs: RELAY_TIMEOUT_MS },
  });
  rig = { hub, serverUrl, link, relayTimeoutMs: RELAY_TIMEOUT_MS };
  faults = new HandoverFaults(rig);
});
afterAll(async () => {
  await rig?.hub.stop();
  await rig?.link.close();
});

describe('the AVR hand-over under faults: every acknowledged request arrives in AVRR exactly once', () => {
  it('while AVRR is stopped, the centres keep the requests and retry; once it is back, each arrives once', async () => {
    const run = await faults.avrrStopped(6);
    expect(run).toMatchObject({ acknowledged: 6, casesWhenFaultEnded: 0, casesAfter: 6, duplicates: 0, lost: 0 });
    expect(run.attempts.max).toBeGreaterThanOrEqual(3);
  });

  it('when AVRR restarts while requests come in, none is lost or doubled', async () => {
    const run = await faults.avrrRestartedDuringRequests(6);
    expect(run).toMatchObject({ acknowledged: 6, casesAfter: 6, duplicates: 0, lost: 0 });
  });

  it('when AVRR answers too slowly, the relay retries without holding a row lock, and AVRR keeps one case per referral', async () => {
    const run = await faults.answersLost(3, { answerDelayMs: RELAY_TIMEOUT_MS + 1000, dropAnswers: false }, 'AVRR answering after the relay gave up');
    expect(run).toMatchObject({ acknowledged: 3, casesWhenFaultEnded: 3, casesAfter: 3, duplicates: 0, lost: 0, idleInTransaction: 0 });
    expect(run.attempts.max).toBeGreaterThanOrEqual(2);
  });

  it('when the link loses the answers, the repeated deliveries still make one case each', async () => {
    const run = await faults.answersLost(3, { answerDelayMs: 0, dropAnswers: true }, 'answers lost on the link');
    expect(run).toMatchObject({ acknowledged: 3, casesAfter: 3, duplicates: 0, lost: 0 });
  });

  it('a request AVRR refuses for good ends FAILED after one attempt, shows in /metrics, and AVR can be requested again', async () => {
    const run = await refusedForGood(rig, 'hargeisa');
    expect(run).toMatchObject({ status: 'FAILED', attempts: 1, cases: 0, requestAgainAccepted: true });
    expect(run.lastError).toMatch(/BAD_USER_INPUT/);
    const metrics = await (await fetch(new URL('/metrics', rig.hub.subgraphs.get('hargeisa')!.url))).text();
    expect(metrics).toMatch(/^mpa_avr_outbox_failed\{service="hargeisa"\} 1$/m);
    expect(metrics).toMatch(/^mpa_avr_outbox_pending\{service="hargeisa"\} \d+$/m);
    expect(metrics).toMatch(/^mpa_avr_outbox_oldest_pending_seconds\{service="hargeisa"\} [\d.e+-]+$/m);
  });
});
