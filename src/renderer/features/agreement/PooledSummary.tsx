import type { PooledAgreement } from '../../../core/agreement';
import { countOf } from '../../../core/scan';
import { describeStatisticText } from './format';

/**
 * Pooled agreement, three ways, each labelled with how it pools, because
 * tools disagree on what "pooled kappa" means.
 */
export function PooledSummary({
  pooled,
}: {
  readonly pooled: PooledAgreement;
}) {
  const alphaMean = pooled.meanOfCodes.krippendorff_alpha;
  const kappaMean = pooled.meanOfCodes.cohen_kappa;
  const fleissMean = pooled.meanOfCodes.fleiss_kappa;
  const kappaLabel =
    kappaMean.value === null
      ? `Fleiss' kappa ${describeStatisticText(fleissMean)}`
      : `Cohen's kappa ${describeStatisticText(kappaMean)}`;

  return (
    <section aria-label="Pooled across codes" className="reliability-pooled">
      <h3>Pooled across {countOf(pooled.codes, 'code')}</h3>
      <dl>
        <dt>Pooled kappa from summed tables</dt>
        <dd data-pooled="summed-tables">
          {describeStatisticText(pooled.summedTables.kappa)}
          <span className="hint">
            {' '}
            — each coder pair&apos;s 2×2 tables summed over codes, then kappa
            (averaged over pairs for more than two coders)
          </span>
        </dd>
        <dt>Mean of per-code values</dt>
        <dd data-pooled="mean-of-codes">
          Krippendorff&apos;s alpha {describeStatisticText(alphaMean)};{' '}
          {kappaLabel}
          <span className="hint">
            {' '}
            — over {countOf(alphaMean.codes, 'code')};{' '}
            {alphaMean.undefinedCodes} undefined left out
          </span>
        </dd>
        <dt>Alpha over all record × code units</dt>
        <dd data-pooled="alpha-over-units">
          {describeStatisticText(pooled.alphaOverUnits)}
          <span className="hint">
            {' '}
            — Krippendorff&apos;s alpha treating every record × code as one unit
          </span>
        </dd>
      </dl>
      <p className="hint">
        Pooled intervals, when computed, come from a bootstrap drawing records
        jointly across codes; the mean of per-code values never has one.
      </p>
    </section>
  );
}
