import { headingRanks } from './headings';

describe('headingRanks', () => {
  it('puts the highest body level one rank under the page title', () => {
    expect(headingRanks([2, 2], 2)).toEqual([3, 3]);
    expect(headingRanks([1, 2, 1], 2)).toEqual([3, 4, 3]);
  });

  it('never skips a rank, even when the editor does', () => {
    expect(headingRanks([2, 4, 3, 2, 4], 2)).toEqual([3, 4, 4, 3, 4]);
    expect(headingRanks([3, 6], 3)).toEqual([4, 5]);
  });

  it('stops at h6', () => {
    expect(headingRanks([1, 2, 3, 4, 5, 6], 3)).toEqual([4, 5, 6, 6, 6, 6]);
  });

  it('has nothing to do without headings', () => {
    expect(headingRanks([], 2)).toEqual([]);
  });
});
