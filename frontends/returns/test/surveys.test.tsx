import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordSurveyMutation, sustainabilitySurveysQuery } from '../src/sustainability/sustainability.documents.js';
import { indicators } from '../src/sustainability/survey-form.component.js';
import { SurveysPart } from '../src/sustainability/surveys.component.js';
import { noSurveys, today } from './fixtures.js';
import { refusal, renderWith } from './helpers.js';

beforeEach(() => vi.spyOn(crypto, 'randomUUID').mockReturnValue('key-1' as ReturnType<typeof crypto.randomUUID>));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const survey = (round: number, composite: number, change: number | null) => ({
  __typename: 'SustainabilitySurvey',
  id: `avrr:s${round}`,
  round,
  roundLabel: round === 0 ? 'BASELINE' : `FOLLOW_UP_${round}`,
  conductedOn: `2026-0${round + 4}-01`,
  economicScore: composite - 0.1,
  socialScore: composite + 0.05,
  psychosocialScore: composite,
  compositeScore: composite,
  level: composite >= 0.66 ? 'HIGH' : 'MEDIUM',
  compositeChange: change,
});
const surveysAnswer = (surveys: ReturnType<typeof survey>[], status = 'REINTEGRATION') => ({ __typename: 'Query', avrCase: { __typename: 'AvrCase', id: 'avrr:case-1', status, sustainabilitySurveys: surveys } });
const surveysQuery = { query: sustainabilitySurveysQuery, variables: { caseId: 'avrr:case-1' } };
const asked = [...indicators.ECONOMIC, ...indicators.SOCIAL, ...indicators.PSYCHOSOCIAL];

describe('sustainability surveys', () => {
  it('charts the four scores over the rounds, with the table behind the chart', async () => {
    renderWith([{ request: surveysQuery, result: { data: surveysAnswer([survey(0, 0.5, null), survey(1, 0.7, 0.2)]) } }], <SurveysPart caseId="avrr:case-1" status="REINTEGRATION" canWrite={false} today={today} />);
    const chart = await screen.findByRole('figure', { name: 'Sustainability scores by survey round' });
    for (const name of ['Economic', 'Social', 'Psychosocial', 'Composite']) expect(within(chart).getAllByText(name).length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: 'Scores by survey round (0 = worst, 1 = best)' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['baseline', '1 Apr 2026', '0.40', '0.55', '0.50', '0.50', 'MEDIUM', '—'],
      ['follow-up 1', '1 May 2026', '0.60', '0.75', '0.70', '0.70', 'HIGH', '+0.20'],
    ]);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('records the baseline once every question is answered, and shows its score', async () => {
    const answers = asked.map((indicator, i) => ({ indicator, value: (i % 5) + 1 }));
    const mocks = [
      { request: surveysQuery, result: { data: surveysAnswer([], 'ARRIVED') } },
      {
        request: { query: recordSurveyMutation, variables: { caseId: 'avrr:case-1', input: { round: 0, conductedOn: today, idempotencyKey: 'key-1', answers } } },
        result: { data: { __typename: 'Mutation', recordSustainabilitySurvey: { __typename: 'SustainabilitySurvey', id: 'avrr:s0', round: 0, compositeScore: 0.5 } } },
      },
      { request: surveysQuery, result: { data: surveysAnswer([survey(0, 0.5, null)], 'ARRIVED') } },
    ];
    renderWith(mocks, <SurveysPart caseId="avrr:case-1" status="ARRIVED" canWrite today={today} />);
    const form = await screen.findByRole('form', { name: 'Record the baseline survey' });
    expect(screen.getByText('No survey round yet.')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(form).getByRole('button', { name: 'Save the survey' }));
    expect(within(form).getAllByText('Answer from 1 to 5.')).toHaveLength(15);
    expect(within(form).getByRole('alert').textContent).toBe('There are 15 problems with the form.');
    const questions = within(form).getAllByRole('combobox');
    for (const [i, question] of questions.entries()) await user.selectOptions(question, String((i % 5) + 1));
    await user.click(within(form).getByRole('button', { name: 'Save the survey' }));
    expect(await screen.findByText('Survey saved: composite score 0.50.')).toBeTruthy();
    expect(await screen.findByRole('form', { name: 'Record the follow-up 1 survey' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Scores by survey round (0 = worst, 1 = best)' })).toBeTruthy();
  }, 20_000);

  it('shows the answer the server refused next to its question, and says surveys wait for arrival', async () => {
    const answers = asked.map((indicator) => ({ indicator, value: 3 }));
    const mocks = [
      { request: surveysQuery, result: { data: surveysAnswer([], 'ARRIVED') } },
      {
        request: { query: recordSurveyMutation, variables: { caseId: 'avrr:case-1', input: { round: 0, conductedOn: today, idempotencyKey: 'key-1', answers } } },
        result: refusal('Invalid input.', { code: 'BAD_USER_INPUT', fields: [{ field: 'input.answers.2.value', message: 'must be 1 to 5' }] }),
      },
    ];
    renderWith(mocks, <SurveysPart caseId="avrr:case-1" status="ARRIVED" canWrite today={today} />);
    const form = await screen.findByRole('form', { name: 'Record the baseline survey' });
    const user = userEvent.setup();
    for (const question of within(form).getAllByRole('combobox')) await user.selectOptions(question, '3');
    await user.click(within(form).getByRole('button', { name: 'Save the survey' }));
    expect(await within(form).findByText('must be 1 to 5')).toBeTruthy();
    expect(within(form).getByRole('combobox', { name: /Has work or another income/ }).getAttribute('aria-invalid')).toBe('true');
    cleanup();
    renderWith([{ request: surveysQuery, result: { data: noSurveys(1, 'TRAVEL_BOOKED') } }], <SurveysPart caseId="avrr:case-1" status="TRAVEL_BOOKED" canWrite today={today} />);
    expect(await screen.findByText('Surveys start once the returnee has arrived.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  }, 20_000);
});
