import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../src/field-errors.js';

const refusal = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input.', extensions }] });

describe('the fields a site refused', () => {
  it('names each refused field below the argument, with the site’s message', () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.presentingComplaint', message: 'is required' },
        { field: 'input.attendance.female.age0To17', message: 'must be a whole number from 0 to 100000' },
        { field: 'input.presentingComplaint', message: 'must be at most 1000 characters' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ presentingComplaint: 'is required', 'attendance.female.age0To17': 'must be a whole number from 0 to 100000' });
  });

  it('is empty for other refusals and for network failures', () => {
    expect(fieldErrorsOf(refusal({ code: 'FORBIDDEN' }))).toEqual({});
    expect(fieldErrorsOf(refusal({ code: 'BAD_USER_INPUT' }))).toEqual({});
    expect(fieldErrorsOf(new Error('Failed to fetch'))).toEqual({});
  });
});
