'use strict';

const assert = require('assert');
const { parse } = require('../parse');

describe('connection string parsing', () => {
  // The test's name describes the option; it configures nothing.
  it('reads sslrootcert=/path/to/ca from the query string', () => { // pinscan-negative: PIN320
    const dsn = 'pg:///?sslmode=verify-ca&sslrootcert=' + __dirname + '/fixtures/root.crt'; // pinscan-expect: PIN320@note
    assert.ok(parse(dsn).ssl.ca);
  });

  test.each([['verify-full'], ['verify-ca']])('sslmode=%s with sslrootcert=/path/to/ca', (mode) => { // pinscan-negative: PIN320
    assert.ok(parse(`pg:///?sslmode=${mode}`).ssl);
  });
});
