import { nextCostMs, PREPARE_MARGIN_MS, prepareLeadMs, UNMEASURED_COST_MS } from './prepare';

describe('prepareLeadMs', () => {
  it('starts early enough for every publish, with a quarter to spare and the margin', () => {
    // 1,000 actions at 20 ms = 20 s, +25 % = 25 s, + margin.
    expect(prepareLeadMs({ count: 1000, costMs: 20, maxMs: 60_000 })).toBe(25_000 + PREPARE_MARGIN_MS);
    expect(prepareLeadMs({ count: 5, costMs: 40, maxMs: 60_000 })).toBe(250 + PREPARE_MARGIN_MS);
  });
  it('never starts more than maxMs ahead, and not at all when it is 0 or nothing is due', () => {
    expect(prepareLeadMs({ count: 1000, costMs: 30, maxMs: 10_000 })).toBe(10_000);
    expect(prepareLeadMs({ count: 1000, costMs: 30, maxMs: 0 })).toBe(0);
    expect(prepareLeadMs({ count: 0, costMs: 30, maxMs: 10_000 })).toBe(0);
  });
  it('takes a publish to cost UNMEASURED_COST_MS while none has been measured', () => {
    expect(prepareLeadMs({ count: 4, costMs: null, maxMs: 10_000 })).toBe(
      4 * UNMEASURED_COST_MS * 1.25 + PREPARE_MARGIN_MS,
    );
    expect(prepareLeadMs({ count: 1000, costMs: null, maxMs: 10_000 })).toBe(10_000);
  });
});

describe('nextCostMs', () => {
  it('takes the first measurement as is, then moves 30 % of the way to each new one', () => {
    expect(nextCostMs(null, 3000, 100)).toBe(30);
    expect(nextCostMs(30, 1000, 100)).toBeCloseTo(30 * 0.7 + 10 * 0.3);
    // Repeated measurements converge on the measured cost.
    let cost: number | null = 30;
    for (let i = 0; i < 30; i++) cost = nextCostMs(cost, 1500, 100);
    expect(cost).toBeCloseTo(15, 1);
  });
  it('ignores a measurement of nothing', () => {
    expect(nextCostMs(25, 0, 0)).toBe(25);
    expect(nextCostMs(25, Number.NaN, 3)).toBe(25);
    expect(nextCostMs(null, 0, 0)).toBeNull();
  });
});
