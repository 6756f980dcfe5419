import type { RatingMatrix } from '../../../../src/core/agreement';
import { matrixFromValues, transpose, type PublishedValues } from './published';

const _ = null;

/**
 * Datasets shipped with Gwet's irrCAC R package (Gwet 2014, Handbook of
 * Inter-Rater Reliability, 4th ed.) and the values irrCAC gives for them,
 * rounded to 3 decimals as asserted by the test suite of the Python port
 * (afergadis/irrCAC, tests/raw/test_*.py): [value, standard error].
 */
export const IRRCAC_DATASETS: readonly {
  name: string;
  matrix: RatingMatrix;
  expected: PublishedValues;
}[] = [
  {
    name: 'cac.raw5obser (5 observers, 15 units, scores 0–3)',
    matrix: matrixFromValues(
      [
        [1, 1, 2, _, 0, 0, 1, 1, 2, 2, _, 0, 1, 3, 1],
        [1, 1, 3, 0, 0, 0, 0, _, 2, 1, 1, 0, 2, 3, 1],
        [2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1],
        [_, 1, 3, _, _, _, _, 0, _, 1, 0, 0, 2, 2, _],
        [2, _, _, 0, 0, 0, 1, _, 2, _, _, _, _, 3, 1],
      ],
      [0, 1, 2, 3],
    ),
    expected: {
      percent_agreement: ['0.616'],
      conger_kappa: ['0.469', '0.117'],
      krippendorff_alpha: ['0.481', '0.114'],
      fleiss_kappa: ['0.458', '0.120'],
      gwet_ac1: ['0.497', '0.122'],
      brennan_prediger: ['0.487', '0.121'],
    },
  },
  {
    name: 'cac.raw.g1g2 (4 raters, 14 units, categories a–e)',
    matrix: matrixFromValues(
      [
        ['a', 'b', 'c', 'c', 'b', 'a', 'd', 'a', 'b', _, _, _, 'b', 'b'],
        ['a', 'b', 'c', 'c', 'b', 'b', 'd', 'a', 'b', 'e', _, _, 'b', 'a'],
        [_, 'c', 'c', 'c', 'b', 'c', 'd', 'b', 'b', 'e', 'a', 'c', 'c', 'c'],
        ['a', 'b', 'c', 'c', 'b', 'd', 'd', 'a', 'b', 'e', 'a', _, 'b', 'b'],
      ],
      ['a', 'b', 'c', 'd', 'e'],
    ),
    expected: {
      percent_agreement: ['0.744'],
      conger_kappa: ['0.659', '0.146'],
      krippendorff_alpha: ['0.632', '0.150'],
      fleiss_kappa: ['0.657', '0.150'],
      gwet_ac1: ['0.685', '0.134'],
      brennan_prediger: ['0.679', '0.136'],
    },
  },
  {
    name: 'cac.raw.gender (4 raters, 15 units, categories a–c)',
    matrix: matrixFromValues(
      [
        'a a a a a b b b c a a a a a b'.split(' '),
        'a a a a b a b c c a a a a b a'.split(' '),
        'a b b c a a b b c a b b c a a'.split(' '),
        'c c c c a a b b c c c c c a a'.split(' '),
      ],
      ['a', 'b', 'c'],
    ),
    expected: {
      percent_agreement: ['0.456'],
      conger_kappa: ['0.166', '0.121'],
      krippendorff_alpha: ['0.143', '0.141'],
      fleiss_kappa: ['0.129', '0.141'],
      gwet_ac1: ['0.208', '0.091'],
      brennan_prediger: ['0.183', '0.102'],
    },
  },
  {
    name: 'cac.ben.gerry (2 raters, 12 units, one missing rating)',
    matrix: matrixFromValues(
      [
        'a a b b d c c c e d d a'.split(' '),
        ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', _, 'd', 'd'],
      ],
      ['a', 'b', 'c', 'd', 'e'],
    ),
    expected: {
      percent_agreement: ['0.727'],
      conger_kappa: ['0.657', '0.179'],
      krippendorff_alpha: ['0.665', '0.180'],
      fleiss_kappa: ['0.649', '0.191'],
      gwet_ac1: ['0.661', '0.184'],
      brennan_prediger: ['0.659', '0.185'],
    },
  },
];

/**
 * R irr `diagnoses`: Fleiss (1971), 30 patients × 6 raters, 5 diagnoses
 * (coded 1–5), as listed in statsmodels' test_inter_rater.py.
 */
export const DIAGNOSES: RatingMatrix = matrixFromValues(
  transpose([
    [4, 4, 4, 4, 4, 4],
    [2, 2, 2, 5, 5, 5],
    [2, 3, 3, 3, 3, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3],
    [3, 3, 3, 3, 5, 5],
    [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4],
    [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4],
    [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3],
    [1, 4, 4, 4, 4, 4],
    [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5],
    [1, 1, 1, 1, 1, 2],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 4, 4, 4, 4, 4],
    [2, 2, 4, 5, 5, 5],
    [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4],
    [1, 1, 1, 1, 5, 5],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3],
    [5, 5, 5, 5, 5, 5],
  ]),
  [1, 2, 3, 4, 5],
);
