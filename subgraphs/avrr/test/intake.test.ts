import { viewerFor } from '@mpa/platform/testing';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AvrCase } from '../src/avr-cases/avr-case.entity.js';
import { newMigrantId, useAvrrHarness } from './harness.js';

const h = useAvrrHarness();
const RECEIVE = `mutation($input: AvrReferralInput!) { receiveAvrReferral(input: $input) {
  created avrCase { id status direction migrant { id } centre { code } destinationCountry destinationRegion isUnaccompaniedChild transitions { from to actor } } } }`;
const bossasoService = viewerFor('site-service', 'bossaso');
const referral = (extra: Record<string, unknown> = {}) => ({
  referralId: randomUUID(), migrantId: newMigrantId('bossaso'), destinationCountry: 'ETH', destinationRegion: 'Amhara',
  requestedAt: '2026-11-20T08:00:00Z', isUnaccompaniedChild: false, consentRecordedAt: '2026-11-20T08:05:00Z', ...extra,
});

describe("intake of a centre's AVR referrals", () => {
  it('opens a requested case from a referral of the centre\'s own service account', async () => {
    const input = referral({ isUnaccompaniedChild: true });
    const res = await h.exec(RECEIVE, { input }, bossasoService);
    expect(res.errors).toBeUndefined();
    expect(res.data.receiveAvrReferral).toMatchObject({
      created: true,
      avrCase: {
        status: 'REQUESTED', direction: 'TO_COUNTRY_OF_ORIGIN', migrant: { id: input.migrantId }, centre: { code: 'bossaso' },
        destinationCountry: 'ETH', destinationRegion: 'Amhara', isUnaccompaniedChild: true,
        transitions: [{ from: null, to: 'REQUESTED', actor: 'site-service@bossaso' }],
      },
    });
    const [row] = await h.sql('SELECT referral_id, referral_requested_at, consent_recorded_at FROM avr_case WHERE migrant_id = ?', [input.migrantId]);
    expect(row.referral_id).toBe(input.referralId);
    expect(new Date(row.consent_recorded_at).toISOString()).toBe('2026-11-20T08:05:00.000Z');
  });

  it('makes one case when the same referral is delivered twice, even at the same time', async () => {
    const input = referral();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => h.exec(RECEIVE, { input }, bossasoService)));
    const receipts = [a, b, c].map((r) => r!.data.receiveAvrReferral);
    expect(new Set(receipts.map((r) => r.avrCase.id)).size).toBe(1);
    expect(receipts.filter((r) => r.created)).toHaveLength(1);
    const again = await h.exec(RECEIVE, { input }, bossasoService);
    expect(again.data.receiveAvrReferral).toMatchObject({ created: false, avrCase: { id: receipts[0].avrCase.id } });
    expect(await h.em().count(AvrCase, { migrantId: input.migrantId })).toBe(1);
  });

  it("returns the migrant's active case when an officer already opened one", async () => {
    const migrantId = newMigrantId('bossaso');
    const opened = await h.exec('mutation($m: ID!) { openAvrCase(input: { migrantId: $m, destinationCountry: "ETH" }) { id } }', { m: migrantId });
    const res = await h.exec(RECEIVE, { input: referral({ migrantId }) }, bossasoService);
    expect(res.data.receiveAvrReferral).toEqual(expect.objectContaining({ created: false, avrCase: expect.objectContaining({ id: opened.data.openAvrCase.id }) }));
  });

  it("refuses callers without avr:intake and another centre's service account", async () => {
    const input = referral();
    for (const viewer of [viewerFor('caseworker', 'bossaso'), viewerFor('avrr-officer'), viewerFor('admin')]) {
      const res = await h.exec(RECEIVE, { input }, viewer);
      expect(res.errors?.[0]?.extensions?.code, viewer.subject).toBe('FORBIDDEN');
    }
    const hargeisa = await h.exec(RECEIVE, { input }, viewerFor('site-service', 'hargeisa'));
    expect(hargeisa.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.em().count(AvrCase, { migrantId: input.migrantId })).toBe(0);
  });

  it('refuses invalid referrals with BAD_USER_INPUT listing every field, writing nothing', async () => {
    const before = await h.em().count(AvrCase, {});
    const res = await h.exec(RECEIVE, { input: referral({
      referralId: ' ', migrantId: `garowe:${randomUUID()}`, destinationCountry: 'Ethiopia', requestedAt: '2999-01-01T00:00:00Z', consentRecordedAt: '2999-01-01T00:00:00Z',
    }) }, bossasoService);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual([
      'input.referralId', 'input.migrantId', 'input.destinationCountry', 'input.requestedAt', 'input.consentRecordedAt',
    ]);
    expect(await h.em().count(AvrCase, {})).toBe(before);
  });
});
