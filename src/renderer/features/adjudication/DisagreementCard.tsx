import {
  describeDisagreement,
  labelBlindCoder,
  orderCodersForBlindReview,
  type DisagreementQueue,
  type ReportNames,
} from '../../../core/agreement';
import type { Code } from '../../../core/codebook';
import type { ConsensusDecision } from '../../../core/model/coding';
import type { Column } from '../../../core/model/scan';

type DisagreementCardProps = {
  readonly queue: DisagreementQueue;
  readonly item: number;
  readonly code: Code | undefined;
  readonly columns: readonly Column[];
  readonly fields: Readonly<Record<string, string>> | undefined;
  readonly nameCoder: ReportNames['nameCoder'];
  readonly hideNames: boolean;
  readonly decision: ConsensusDecision | undefined;
};

const VALUE_TEXT = {
  present: 'Present',
  absent: 'Absent',
  needs_work: 'Codebook needs work',
};

/**
 * One disagreement: the code and its definition, each coder's decision
 * and memo side by side (as "Coder A", "Coder B" in a per-item order when
 * names are hidden), and the record's fields. Everything is text.
 */
export function DisagreementCard(props: DisagreementCardProps) {
  const { queue, item, code, hideNames } = props;
  const disagreement = describeDisagreement(queue, item);
  const order = hideNames
    ? orderCodersForBlindReview(
        `${disagreement.recordKey} ${disagreement.codeId}`,
        disagreement.decisions.length,
      )
    : disagreement.decisions.map((_, index) => index);

  return (
    <article className="disagreement" aria-label="Disagreement">
      <header>
        <h3>
          {code?.name ?? disagreement.codeId}{' '}
          <span className="muted">on record {disagreement.recordKey}</span>
        </h3>
        {code?.definition && (
          <p className="disagreement-definition">{code.definition}</p>
        )}
        {(code?.include || code?.exclude) && (
          <p className="hint">
            {code.include && <>Include: {code.include} </>}
            {code.exclude && <>Exclude: {code.exclude}</>}
          </p>
        )}
      </header>
      <div className="coder-decisions" role="list" aria-label="Coder decisions">
        {order.map((index, position) => {
          const each = disagreement.decisions[index]!;
          return (
            <div key={each.coderId} className="coder-decision" role="listitem">
              <div className="coder-name">
                {hideNames
                  ? labelBlindCoder(position)
                  : props.nameCoder(each.coderId)}
              </div>
              <div
                className={`decision-value decision-${each.value ?? 'none'}`}
              >
                {each.value === null ? 'Not done' : VALUE_TEXT[each.value]}
              </div>
              {each.memo && <p className="coder-memo">{each.memo}</p>}
            </div>
          );
        })}
      </div>
      {props.decision && (
        <p className="current-decision" data-decision={props.decision.value}>
          Decided: <strong>{VALUE_TEXT[props.decision.value]}</strong> —{' '}
          {props.decision.rationale}
          {!hideNames && (
            <span className="muted">
              {' '}
              ({props.nameCoder(props.decision.decidedBy)},{' '}
              {props.decision.decidedAt.slice(0, 16).replace('T', ' ')})
            </span>
          )}
        </p>
      )}
      <dl className="detail-fields record-fields">
        {props.columns.map((column) => (
          <div key={column.key}>
            <dt>{column.label}</dt>
            <dd className="long-text">{props.fields?.[column.key] ?? ''}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
