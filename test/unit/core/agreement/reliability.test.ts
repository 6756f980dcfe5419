import { describe, expect, it } from 'vitest';
import {
  bootstrapPooledIntervals,
  buildCodeMatrices,
  computeCodeAgreement,
  computeReliability,
  describeCodeNotes,
  flagCodeAgreement,
  flagLevelOf,
  PROJECT_BOOTSTRAP,
  ratingMatrixFromRows,
  tallyRatingMatrix,
} from '../../../../src/core/agreement';
import { asCodeId, asRecordKey } from '../../../../src/core/model/ids';
import {
  ANA,
  BEN,
  coding,
  EQUITY,
  MEALS,
  RECORDS,
  twoCoderCodings,
} from './layer-fixture';

const SCOPE = [...RECORDS, asRecordKey('P-11')];

function computeFixture(bootstrap: null | undefined = null) {
  return computeReliability({
    coders: [ANA, BEN],
    records: SCOPE,
    codes: [EQUITY, MEALS],
    codings: [
      ...twoCoderCodings(),
      coding(ANA, 11, [EQUITY], { status: 'in_progress' }),
    ],
    bootstrap,
  });
}

describe('computeReliability', () => {
  it('uses as units only the records a coder marked done', () => {
    const report = computeFixture();

    expect(report.recordsInScope).toBe(11);
    expect(report.units).toBe(10);
    expect(report.codes.map((code) => code.agreement.report.units)).toEqual([
      10, 10,
    ]);
  });

  it("gives Cohen's kappa from the textbook formula for the 2×2 table", () => {
    // a = 3, b = 1, c = 2, d = 4: po = 0.7, pe = 0.4·0.5 + 0.6·0.5 = 0.5.
    const equity = computeFixture().codes[0]!.agreement;

    expect(equity.report.statistics.cohen_kappa.value).toBeCloseTo(0.4, 12);
    expect(equity.report.statistics.percent_agreement.value).toBeCloseTo(
      0.7,
      12,
    );
    // Coincidences: 9 "present" and 11 "absent" values, 3 split units:
    // alpha = 1 − 19 · 3 / (11 · 9).
    expect(equity.report.statistics.krippendorff_alpha.value).toBeCloseTo(
      1 - 57 / 99,
      12,
    );
    expect(equity.prevalence).toBeCloseTo(9 / 20, 12);
  });

  it('matches computeCodeAgreement on the same matrix', () => {
    const meals = computeFixture().codes[1]!.agreement;
    const expected = computeCodeAgreement(
      ratingMatrixFromRows(
        [
          [1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
          [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        ],
        2,
      ),
    );

    expect(meals.report.statistics).toEqual(expected.report.statistics);
    expect(meals.pairs).toEqual(expected.pairs);
  });

  it('adds seeded profile-bootstrap intervals by default', () => {
    const run = () =>
      computeReliability({
        coders: [ANA, BEN],
        records: SCOPE,
        codes: [EQUITY],
        codings: twoCoderCodings(),
      });
    const kappa = run().codes[0]!.agreement.report.statistics.cohen_kappa;

    expect(run().bootstrap).toEqual({
      replicates: 500,
      seed: 20201101,
      draw: 'profiles',
    });
    expect(kappa.ci95).toEqual(
      run().codes[0]!.agreement.report.statistics.cohen_kappa.ci95,
    );
    expect(kappa.ci95![0]).toBeLessThan(0.4);
    expect(kappa.ci95![1]).toBeGreaterThan(0.4);
  });

  it('pools the codes three ways', () => {
    const { pooled } = computeFixture();

    // Summed tables: a = 4, b = 1, c = 3, d = 12 over 20 record × codes.
    const po = 16 / 20;
    const pe = (5 / 20) * (7 / 20) + (15 / 20) * (13 / 20);
    expect(pooled!.summedTables.kappa.value).toBeCloseTo(
      (po - pe) / (1 - pe),
      12,
    );
    expect(pooled!.codes).toBe(2);
    expect(pooled!.meanOfCodes.cohen_kappa.value).toBeCloseTo(
      (0.4 + 0.16 / 0.26) / 2,
      12,
    );
  });

  it('adds pooled intervals drawn jointly across codes by default', () => {
    const report = computeReliability({
      coders: [ANA, BEN],
      records: SCOPE,
      codes: [EQUITY, MEALS],
      codings: twoCoderCodings(),
    });
    const matrices = buildCodeMatrices({
      coders: [ANA, BEN],
      records: RECORDS,
      codes: [EQUITY, MEALS],
      codings: twoCoderCodings(),
    }).matrices;
    const intervals = bootstrapPooledIntervals(
      matrices.map(tallyRatingMatrix),
      PROJECT_BOOTSTRAP,
    );
    const { summedTables, alphaOverUnits } = report.pooled!;

    expect(summedTables.kappa.ci95).toEqual(intervals.kappa);
    expect(summedTables.pairs[0]!.cohenKappa.ci95).toEqual(intervals.pairs[0]);
    expect(alphaOverUnits.ci95).toEqual(intervals.alphaOverUnits);
    expect(summedTables.kappa.ci95![0]).toBeLessThan(summedTables.kappa.value!);
    expect(summedTables.kappa.ci95![1]).toBeGreaterThan(
      summedTables.kappa.value!,
    );
  });

  it('counts the pooled intervals as one more step of progress', () => {
    const seen: number[] = [];
    computeReliability({
      coders: [ANA, BEN],
      records: SCOPE,
      codes: [EQUITY, MEALS],
      codings: twoCoderCodings(),
      onProgress: (fraction) => seen.push(fraction),
    });

    expect(seen).toEqual([1 / 3, 2 / 3, 1]);
  });

  it('reports progress once per code, ending at 1', () => {
    const seen: number[] = [];
    computeReliability({
      coders: [ANA, BEN],
      records: SCOPE,
      codes: [EQUITY, MEALS],
      codings: twoCoderCodings(),
      bootstrap: null,
      onProgress: (fraction) => seen.push(fraction),
    });

    expect(seen).toEqual([0.5, 1]);
  });

  it('reads codings given as a one-shot iterable', () => {
    function* once() {
      yield* twoCoderCodings();
    }
    const report = computeReliability({
      coders: [ANA, BEN],
      records: SCOPE,
      codes: [EQUITY],
      codings: once(),
      bootstrap: null,
    });

    expect(report.units).toBe(10);
    expect(
      report.codes[0]!.agreement.report.statistics.cohen_kappa.value,
    ).toBeCloseTo(0.4, 12);
  });

  it('has no pooled values without codes', () => {
    const report = computeReliability({
      coders: [ANA, BEN],
      records: SCOPE,
      codes: [],
      codings: twoCoderCodings(),
      bootstrap: null,
    });

    expect(report.pooled).toBeNull();
    expect(report.codes).toEqual([]);
  });
});

describe('flags', () => {
  it('marks values red below 0.667 and amber below 0.800', () => {
    expect(flagLevelOf(0.666)).toBe('red');
    expect(flagLevelOf(0.667)).toBe('amber');
    expect(flagLevelOf(0.799)).toBe('amber');
    expect(flagLevelOf(0.8)).toBeNull();
    expect(flagLevelOf(null)).toBeNull();
  });

  it('explains low agreement on a common code in plain words', () => {
    const [equity] = computeFixture().codes;
    const alpha = equity!.flags.find(
      (flag) => flag.statistic === 'krippendorff_alpha',
    );

    expect(equity!.flags.map((flag) => flag.statistic)).toEqual([
      'cohen_kappa',
      'fleiss_kappa',
      'conger_kappa',
      'krippendorff_alpha',
      'gwet_ac1',
      'brennan_prediger',
    ]);
    expect(alpha!.level).toBe('red');
    expect(alpha!.explanation).toBe(
      "Krippendorff's alpha 0.42 is below 0.667, the lowest value " +
        'Krippendorff accepts even for tentative conclusions. Coders ' +
        'differ on 30% of the records they both coded; review the ' +
        'disagreements and sharpen the definition, the include and ' +
        'exclude criteria and the examples.',
    );
  });

  it('explains the prevalence paradox of a rare code', () => {
    const [, meals] = computeFixture().codes;
    const kappa = meals!.flags.find((flag) => flag.statistic === 'cohen_kappa');

    // Meals: po = 0.9, kappa = 0.16 / 0.26; AC1 and BP stay ≥ 0.800.
    expect(kappa!.value).toBeCloseTo(0.16 / 0.26, 12);
    expect(meals!.flags.map((flag) => flag.statistic)).not.toContain(
      'gwet_ac1',
    );
    expect(kappa!.explanation).toMatch(
      /^Cohen's kappa 0\.62 is below 0\.667.* Coders agree on 90% of records, but the code is so rare \(present in 15% of ratings\) that chance agreement alone is about 74%\./,
    );
    expect(kappa!.explanation).toMatch(
      /when one coder marks a record present, another agrees 67% of the time \(the prevalence paradox\)\.$/,
    );
  });

  it('does not flag undefined coefficients', () => {
    const allAbsent = computeCodeAgreement(
      ratingMatrixFromRows(
        [
          [0, 0, 0],
          [0, 0, 0],
        ],
        2,
      ),
    );

    expect(allAbsent.report.statistics.cohen_kappa.value).toBeNull();
    expect(flagCodeAgreement(allAbsent)).toEqual([]);
  });
});

describe('describeCodeNotes', () => {
  const shown = [
    'percent_agreement',
    'cohen_kappa',
    'krippendorff_alpha',
    'gwet_ac1',
    'brennan_prediger',
  ] as const;

  it('lists the flagged values by threshold and gives the cause once', () => {
    const [equity] = computeFixture().codes;

    // AC1 = (0.7 − 0.495) / 0.505; alpha = 1 − 57/99.
    expect(describeCodeNotes(equity!, shown)).toEqual([
      'Below 0.667, the lowest value Krippendorff accepts even for ' +
        "tentative conclusions: Cohen's kappa 0.400, Krippendorff's alpha " +
        "0.424, Gwet's AC1 0.406, Brennan–Prediger 0.400.",
      'Coders differ on 30% of the records they both coded; review the ' +
        'disagreements and sharpen the definition, the include and ' +
        'exclude criteria and the examples.',
    ]);
  });

  it('says why a shown value is undefined', () => {
    const report = computeReliability({
      coders: [ANA, BEN],
      records: SCOPE,
      codes: [asCodeId('99999999-9999-4999-8999-999999999999')],
      codings: twoCoderCodings(),
      bootstrap: null,
    });

    expect(describeCodeNotes(report.codes[0]!, ['cohen_kappa'])).toEqual([
      "Cohen's kappa is undefined: every rating falls in one category, so " +
        'chance agreement is 1 and the coefficient is 0/0.',
    ]);
  });
});
