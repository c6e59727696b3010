// The server's rule for a measure's numbers (server/activities/schemas.ts COUNT_UNITS), known to the
// forms so they can check a target before sending it; test/web/rules.test.ts keeps the two lists equal.

/** Units that count whole things: their targets and outcomes are whole numbers. */
export const COUNT_UNITS: readonly string[] = ['antal', 'st', 'st.', 'styck', 'stycken'];

/** Whether a measure in this unit counts whole things (the server's countsWholeNumbers). */
export const countsWholeNumbers = (unit: string) => COUNT_UNITS.includes(unit.trim().toLocaleLowerCase('sv'));
