import { crossed } from '../../src/alerts/entity-changes';

/** Crossing semantics, as a table: a threshold alert fires when a change makes its condition true. */
describe('crossed', () => {
  it.each([
    // condition, threshold, before (undefined: created), after, fires
    ['above', 10_000, undefined, 12_000, true],
    ['above', 10_000, undefined, 5_000, false],
    ['above', 10_000, 5_000, 12_000, true],
    ['above', 10_000, 12_000, 15_000, false],
    ['above', 10_000, 12_000, 12_000, false],
    ['above', 10_000, 9_000, 10_000, false],
    ['below', 100, 500, 50, true],
    ['below', 100, 50, 20, false],
    ['equals', 100, 99, 100, true],
    ['equals', 100, 100, 100, false],
    ['changed', null, undefined, 100, true],
    ['changed', null, 100, 100, false],
    ['changed', null, 100, 101, true],
    ['above', 10_000, 12_000, undefined, false], // deleted
  ] as const)('%s %s: %s → %s fires %s', (condition, threshold, before, after, fires) => {
    expect(crossed(condition, threshold, before, after)).toBe(fires);
  });
});
