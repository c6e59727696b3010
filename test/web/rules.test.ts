import { describe, expect, it } from 'vitest';
import { COUNT_UNITS } from '../../server/activities/schemas.js';
import { countsWholeNumbers } from '../../server/activities/service.js';
import {
  COUNT_UNITS as CLIENT_COUNT_UNITS,
  countsWholeNumbers as clientCountsWholeNumbers,
} from '../../web/src/measures.js';

// The forms check a measure's target before sending it by the server's own rule: the two must agree.

describe('the client’s copy of the whole-number rule', () => {
  it('knows the same count units as the server, and decides alike', () => {
    expect(CLIENT_COUNT_UNITS).toEqual(COUNT_UNITS);
    for (const unit of [...COUNT_UNITS, ' Antal ', 'ST', 'timmar', '%', 'kr', 'antal personer']) {
      expect(clientCountsWholeNumbers(unit), unit).toBe(countsWholeNumbers(unit));
    }
  });
});
