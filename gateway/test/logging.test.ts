import { describe, expect, it } from 'vitest';
import { redactSubrequests } from '../src/logging.js';

describe('log redaction', () => {
  it('censors the subrequests that failed subgraph calls carry, wherever the gateway nests them', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.secret.sig';
    const attrs = {
      extensions: { request: { body: token }, code: 'X' },
      error: { extensions: { request: { body: token } }, errors: [{ extensions: { request: { body: token } } }] },
      request: { body: token, method: 'POST' },
      upstream: { request: { body: token } },
    };
    redactSubrequests(attrs, 0);
    expect(JSON.stringify(attrs)).not.toContain('secret');
    expect(attrs.extensions.code).toBe('X');
    expect(attrs.request.method).toBe('POST');
  });

  it('leaves lines without subrequests as they are', () => {
    const attrs = { msg: 'ok', nested: { a: [1, { b: 'c' }] } };
    redactSubrequests(attrs, 0);
    expect(attrs).toEqual({ msg: 'ok', nested: { a: [1, { b: 'c' }] } });
  });
});
