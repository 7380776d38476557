'use strict';

// The expected fingerprint, split to keep the line short.
const EXPECTED_FINGERPRINT256 =
  '0833d6aa3888d2f7283f2e5bd774eede' + // pinscan-expect: PIN109@warning
  '61836cb290ac2c56814a5432834cb9c7';

// A key pin in two pieces on one line.
const PINNED_SPKI = '2y2LrmdlIuyAu3JJrkx345' + 'JZRi7La7JhaLt5RKUyv1E='; // pinscan-expect: PIN109@warning

// Too short to be a digest once joined: not a pin.
const PIN_PREFIX = '0833d6aa' + '3888d2f7'; // pinscan-negative: PIN109

// A download checksum in pieces: not a pin.
const ARCHIVE_CHECKSUM = '0833d6aa3888d2f7283f2e5bd774eede' + '61836cb290ac2c56814a5432834cb9c7'; // pinscan-negative: PIN109

module.exports = { EXPECTED_FINGERPRINT256, PINNED_SPKI, PIN_PREFIX, ARCHIVE_CHECKSUM };
