import { describe, expect, it } from 'vitest';
import {
  buildCodeMatrices,
  computeAgreement,
  computeCodeAgreement,
  poolCodeAgreements,
  ratingMatrixFromRows,
  selectCoders,
  type RatingMatrix,
} from '../../../../src/core/agreement';
import type { RecordCoding } from '../../../../src/core/model/coding';
import {
  asCodeId,
  asCoderId,
  asRecordKey,
  type CodeId,
} from '../../../../src/core/model/ids';

const _ = null;

const CODE_A = ratingMatrixFromRows(
  [
    [1, 0, 0, 1, 0, 1, _, 0],
    [1, 0, 1, 1, 0, 0, 0, 0],
    [1, 0, 0, 1, _, 1, 0, 1],
  ],
  2,
);
const CODE_B = ratingMatrixFromRows(
  [
    [0, 0, 1, 1, 1, 0, 0, 0],
    [0, 1, 1, 1, 1, 0, 0, _],
    [0, 0, 1, 0, 1, 0, 0, 0],
  ],
  2,
);

/** Units of several matrices side by side (record × code units). */
function concatenate(matrices: readonly RatingMatrix[]): RatingMatrix {
  const rows = Array.from({ length: matrices[0]!.coderCount }, (_, coder) =>
    matrices.flatMap((matrix) =>
      Array.from({ length: matrix.unitCount }, (_, unit) => {
        const value = matrix.ratings[coder * matrix.unitCount + unit]!;
        return value === 255 ? null : value;
      }),
    ),
  );
  return ratingMatrixFromRows(rows, 2);
}

describe('computeCodeAgreement', () => {
  it("gives each coder pair Cohen's kappa over the records both coded", () => {
    const result = computeCodeAgreement(CODE_A);

    expect(result.pairs.map((pair) => pair.coders)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    for (const pair of result.pairs) {
      const alone = computeAgreement(selectCoders(CODE_A, [...pair.coders]));
      expect(pair.cohenKappa).toEqual(alone.statistics.cohen_kappa);
      expect(pair.twoByTwo).toEqual(alone.twoByTwo);
    }
    expect(result.pairs[0]!.units).toBe(7);
  });

  it('reports every statistic over all coders and the prevalence', () => {
    const result = computeCodeAgreement(CODE_A);

    expect(result.report.statistics).toEqual(
      computeAgreement(CODE_A).statistics,
    );
    // 10 of 22 ratings are "present".
    expect(result.prevalence).toBeCloseTo(10 / 22, 12);
  });

  it('takes the prevalence over the units two or more coders rated', () => {
    // The last two records were rated "present" by one coder only: they
    // are not units of the coefficients, so not of the prevalence either.
    const result = computeCodeAgreement(
      ratingMatrixFromRows(
        [
          [1, 0, 0, 1, 1],
          [1, 0, 1, _, _],
        ],
        2,
      ),
    );
    expect(result.prevalence).toBeCloseTo(3 / 6, 12);
  });

  it('warns in plain words when a rare code has high agreement but low kappa', () => {
    const absent = Array.from({ length: 48 }, () => 0);
    const result = computeCodeAgreement(
      ratingMatrixFromRows(
        [
          [...absent, 1, 0],
          [...absent, 0, 1],
        ],
        2,
      ),
    );

    expect(result.report.warnings).toHaveLength(1);
    expect(result.report.warnings[0]!.code).toBe('PREVALENCE_PARADOX');
    expect(result.report.warnings[0]!.message).toMatch(
      /Percent agreement is 96%.*98% of all ratings are "absent"/,
    );
  });
});

describe('poolCodeAgreements', () => {
  const codes = [CODE_A, CODE_B].map((matrix) => computeCodeAgreement(matrix));
  const pooled = poolCodeAgreements(codes);
  const together = computeAgreement(concatenate([CODE_A, CODE_B]));

  it('computes alpha over all record × code units', () => {
    expect(pooled.alphaOverUnits.value).toBeCloseTo(
      together.statistics.krippendorff_alpha.value!,
      12,
    );
  });

  it("sums each pair's tables over codes before computing kappa", () => {
    for (const pair of pooled.summedTables.pairs) {
      const alone = computeAgreement(
        selectCoders(concatenate([CODE_A, CODE_B]), [...pair.coders]),
      );
      expect(pair.cohenKappa.value).toBeCloseTo(
        alone.statistics.cohen_kappa.value!,
        12,
      );
    }
  });

  it("gives Conger's kappa for complete data from the summed tables", () => {
    const complete = [
      ratingMatrixFromRows(
        [
          [1, 0, 0, 1],
          [1, 0, 1, 1],
          [0, 0, 1, 1],
        ],
        2,
      ),
      ratingMatrixFromRows(
        [
          [0, 1, 1, 0],
          [0, 1, 1, 1],
          [0, 0, 1, 0],
        ],
        2,
      ),
    ];
    const result = poolCodeAgreements(
      complete.map((matrix) => computeCodeAgreement(matrix)),
    );

    expect(result.summedTables.kappa.value).toBeCloseTo(
      computeAgreement(concatenate(complete)).statistics.conger_kappa.value!,
      12,
    );
  });

  it('averages per-code values and counts the codes left out', () => {
    const skewed = computeCodeAgreement(
      ratingMatrixFromRows(
        [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, _],
        ],
        2,
      ),
    );
    const result = poolCodeAgreements([...codes, skewed]);
    const fleiss = codes.map(
      (code) => code.report.statistics.fleiss_kappa.value!,
    );

    expect(result.meanOfCodes.fleiss_kappa).toEqual({
      value: expect.closeTo((fleiss[0]! + fleiss[1]!) / 2, 12) as number,
      codes: 2,
      undefinedCodes: 1,
    });
    expect(result.codes).toBe(3);
  });
});

describe('buildCodeMatrices', () => {
  const coders = [asCoderId('ana'), asCoderId('ben')];
  const records = ['r1', 'r2', 'r3'].map(asRecordKey);
  const codes = [asCodeId('meals'), asCodeId('tutoring')];

  function coding(
    coder: number,
    record: number,
    applied: readonly CodeId[],
    status: RecordCoding['status'] = 'done',
  ): RecordCoding {
    return {
      recordKey: records[record]!,
      coderId: coders[coder]!,
      codes: applied,
      memo: '',
      status,
      createdAt: '2021-03-01T00:00:00Z',
      updatedAt: '2021-03-01T00:00:00Z',
      codebookVersion: 1,
    };
  }

  it('makes done records units with 1 for applied and 0 for other codes', () => {
    const { matrices } = buildCodeMatrices({
      coders,
      records,
      codes,
      codings: [
        coding(0, 0, [codes[0]!]),
        coding(0, 1, [codes[0]!, codes[1]!]),
        coding(0, 2, [codes[1]!], 'in_progress'),
        coding(1, 0, []),
        coding(1, 2, [codes[1]!, asCodeId('retired')]),
      ],
    });

    const cells = (matrix: RatingMatrix) => [...matrix.ratings];
    expect(cells(matrices[0]!)).toEqual([1, 1, 255, 0, 255, 0]);
    expect(cells(matrices[1]!)).toEqual([0, 1, 255, 0, 255, 1]);
  });

  it('ignores codings of other coders and records', () => {
    const { matrices } = buildCodeMatrices({
      coders,
      records,
      codes,
      codings: [
        { ...coding(0, 0, [codes[0]!]), coderId: asCoderId('cleo') },
        { ...coding(1, 0, [codes[0]!]), recordKey: asRecordKey('r9') },
      ],
    });

    expect([...matrices[0]!.ratings]).toEqual([255, 255, 255, 255, 255, 255]);
  });
});
