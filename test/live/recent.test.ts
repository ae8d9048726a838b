import { RecentKeys } from '../../src/live/recent';

describe('RecentKeys', () => {
  it('remembers keys for a while and at most so many, and knows since when it has forgotten nothing', () => {
    const recent = new RecentKeys(1000, 2);
    expect(recent.add('a', 0)).toBe(true);
    expect(recent.add('a', 10)).toBe(false);
    recent.add('b', 20);
    recent.add('c', 30); // over capacity: 'a' (recorded at 0) is forgotten
    expect(recent.has('a', 30)).toBe(false);
    expect(recent.covers(0, 30)).toBe(false);
    expect(recent.covers(1, 30)).toBe(true);
    expect(recent.has('b', 1500)).toBe(false); // older than the TTL
    expect(recent.covers(25, 1500)).toBe(false);
  });
});
