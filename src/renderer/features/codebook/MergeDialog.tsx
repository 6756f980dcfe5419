import { useEffect, useMemo, useState } from 'react';
import {
  getCodePath,
  isCodeHidden,
  listDescendantIds,
  type Code,
  type Codebook,
} from '../../../core/codebook';
import { countMergeEffect, type MergeEffect } from '../../../core/coding';
import type { CodeId } from '../../../core/model/ids';
import { plural } from '../../../core/scan';
import { Modal } from '../../components/Modal';
import { describeError, useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';

type MergeDialogProps = {
  readonly code: Code;
  readonly codebook: Codebook;
  readonly onMerge: (intoId: CodeId) => void;
  readonly onCancel: () => void;
};

/**
 * Merging asks for the target and says what happens to the codings before
 * anything changes: how many apply the merged code, and how many of those
 * apply the target too and so become one.
 */
export function MergeDialog(props: MergeDialogProps) {
  const { code, codebook } = props;
  const targets = useMemo(() => listTargets(codebook, code), [codebook, code]);
  const [intoId, setIntoId] = useState<CodeId | ''>('');
  const effect = useMergeEffect(code.id, intoId, codebook);
  const into = targets.find((each) => each.id === intoId);

  return (
    <Modal title={`Merge “${code.name}”`} onClose={props.onCancel}>
      <label className="field">
        Merge into
        <select
          value={intoId}
          onChange={(event) => setIntoId(event.target.value as CodeId)}
        >
          <option value="">Choose a code…</option>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {getCodePath(codebook, target.id).join(' › ')}
            </option>
          ))}
        </select>
      </label>
      {into !== undefined && (
        <MergeSummary from={code} into={into} effect={effect} />
      )}
      <div className="actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={into === undefined || effect === 'loading'}
          onClick={() => into && props.onMerge(into.id)}
        >
          Merge
        </button>
      </div>
    </Modal>
  );
}

type EffectState = MergeEffect | 'loading' | null;

function MergeSummary(props: {
  readonly from: Code;
  readonly into: Code;
  readonly effect: EffectState;
}) {
  const { from, into, effect } = props;
  if (effect === 'loading' || effect === null) {
    return <p className="muted">Counting codings…</p>;
  }
  return (
    <div className="merge-summary" data-testid="merge-summary">
      <p>
        {effect.withFrom}{' '}
        {plural(effect.withFrom, 'coding applies', 'codings apply')} “
        {from.name}”; after the merge{' '}
        {plural(effect.withFrom, 'it applies', 'they apply')} “{into.name}”.{' '}
        {effect.withBoth > 0 &&
          `${effect.withBoth} of them ` +
            `${plural(effect.withBoth, 'already applies', 'already apply')} ` +
            `“${into.name}”, so the two are combined into one.`}
      </p>
      <p className="muted">
        “{from.name}” leaves the codebook; its GUID is kept as another name for
        “{into.name}”, so files coded with it still merge. Its child codes and
        sets pass to “{into.name}”. A merge cannot be undone.
      </p>
    </div>
  );
}

function useMergeEffect(
  fromId: CodeId,
  intoId: CodeId | '',
  codebook: Codebook,
): EffectState {
  const { repository, notify } = useServices();
  const { meta } = useProjectSession();
  const [effect, setEffect] = useState<EffectState>(null);

  useEffect(() => {
    if (intoId === '') return;

    let isCurrent = true;
    setEffect('loading');
    repository
      .loadLayers(meta.id)
      .then((codings) => {
        if (!isCurrent) return;
        setEffect(countMergeEffect(codings, fromId, intoId, codebook.aliases));
      })
      .catch((error: unknown) => {
        notify('error', `Codings could not be read: ${describeError(error)}`);
        if (isCurrent) setEffect(null);
      });
    return () => {
      isCurrent = false;
    };
  }, [repository, notify, meta.id, fromId, intoId, codebook.aliases]);

  return intoId === '' ? null : effect;
}

/** Codes that can take the merge: active, codable, outside the branch. */
function listTargets(codebook: Codebook, from: Code): Code[] {
  const inside = listDescendantIds(codebook.codes, from.id);
  return codebook.codes.filter(
    (code) =>
      code.id !== from.id &&
      !inside.has(code.id) &&
      !isCodeHidden(codebook, code.id) &&
      (code.isCodable || !from.isCodable),
  );
}
