import { linuxTimelines } from '../../packages/strapi-plugin-newsroom/server/src/demo/timelines';
import { evaluateProjections } from '../helpers/projection-accuracy';

describe('evaluateProjections over the shipped Linux timelines', () => {
  const report = evaluateProjections(linuxTimelines);

  it('checks every rc of every cycle that has earlier history (2.6.37 has none)', () => {
    expect(report.versions.map((v) => [v.version, v.checks])).toEqual([
      ['2.6.38', 8],
      ['2.6.39', 7],
      ['3.0', 7],
      ['3.1', 10],
    ]);
    expect(report.checks.find((c) => c.madeAt === '3.0-rc6')).toMatchObject({
      inRange: true,
      furtherRcs: { actual: 1 },
    });
  });

  // The numbers the README quotes; a change to the projection has to update them knowingly.
  it('measures the error per cycle', () => {
    expect(report.versions).toEqual([
      { version: '2.6.38', checks: 8, meanAbsoluteErrorDays: 2.9, worstErrorDays: 9, inRange: 7 },
      { version: '2.6.39', checks: 7, meanAbsoluteErrorDays: 6.3, worstErrorDays: 9, inRange: 2 },
      { version: '3.0', checks: 7, meanAbsoluteErrorDays: 2.9, worstErrorDays: 3.9, inRange: 7 },
      { version: '3.1', checks: 10, meanAbsoluteErrorDays: 18.7, worstErrorDays: -23, inRange: 1 },
    ]);
    expect(report.meanAbsoluteErrorDays).toBe(8.6);
    expect(report.inRangeShare).toBe(0.53);
  });

  it('signs the error: 3.1, delayed by the kernel.org break-in, was projected too early', () => {
    expect(
      report.checks
        .filter((c) => c.version === '3.1' && c.madeAt !== '3.1-rc10')
        .every((c) => c.errorDays < 0),
    ).toBe(true);
  });

  it('is empty for timelines without history', () => {
    expect(evaluateProjections([linuxTimelines[0]])).toEqual({
      checks: [],
      versions: [],
      meanAbsoluteErrorDays: null,
      inRangeShare: null,
    });
  });
});
