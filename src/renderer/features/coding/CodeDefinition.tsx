import type { Code, Codebook } from '../../../core/codebook';
import { getCodePath } from '../../../core/codebook';

type CodeDefinitionProps = {
  /** Checkboxes point here with aria-describedby. */
  readonly id: string;
  readonly codebook: Codebook;
  readonly code: Code | null;
};

/**
 * The definition, include and exclude criteria and example of the code
 * last hovered or focused, so a coder can check a code before applying
 * it, by mouse or keyboard alike.
 */
export function CodeDefinition({ id, codebook, code }: CodeDefinitionProps) {
  return (
    <div
      id={id}
      className="code-definition"
      role="region"
      aria-label="Code definition"
      aria-live="polite"
    >
      {code === null ? (
        <p className="muted">
          Point at or focus a code to read its definition.
        </p>
      ) : (
        <>
          <p className="code-definition-path">
            {getCodePath(codebook, code.id).join(' › ')}
            {code.retired && ' (retired)'}
          </p>
          <p>{code.definition || 'No definition written yet.'}</p>
          <dl>
            <Criterion label="Include" text={code.include} />
            <Criterion label="Exclude" text={code.exclude} />
            <Criterion label="Example" text={code.example} />
          </dl>
        </>
      )}
    </div>
  );
}

type CriterionProps = { readonly label: string; readonly text: string };

function Criterion({ label, text }: CriterionProps) {
  if (text === '') return null;

  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}
