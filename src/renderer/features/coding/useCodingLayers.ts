import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Layer } from '../../../core/coding';
import type { CodingChange, RecordCoding } from '../../../core/model/coding';
import type { CoderId, RecordKey } from '../../../core/model/ids';
import { asProjectId } from '../../../core/model/ids';
import { describeError, useServices } from '../../app/services';

export type CodingLayers = {
  /**
   * The local coder's layer. Changed in place (copying 100,000 entries
   * per key press would be too slow), so read it together with
   * `revision`, which moves on every change.
   */
  readonly own: Layer;
  readonly revision: number;
  readonly isLoaded: boolean;
  /** Layers of the other coders the local coder may see, once loaded. */
  readonly others: ReadonlyMap<CoderId, Layer>;
  /** Shows a change of the local coder's layer at once. */
  readonly apply: (change: CodingChange) => void;
  /**
   * Calls `listener` with every change applied to the local coder's
   * layer, its `before` being the entry the layer held; returns the
   * unsubscribe.
   */
  readonly subscribe: (listener: ChangeListener) => () => void;
};

export type ChangeListener = (change: CodingChange) => void;

/**
 * Loads the local coder's layer once, and the layers of `visibleOthers`
 * (the other coders the visibility rules let the local coder see). A
 * layer that stops being visible is dropped from memory at once. When
 * `storedEpoch` changes (a codebook merge rewrote codings in storage),
 * every layer is read again.
 */
export function useCodingLayers(
  projectId: string,
  coderId: CoderId,
  visibleOthers: readonly CoderId[],
  storedEpoch: string,
): CodingLayers {
  const { repository, notify } = useServices();
  const own = useRef(new Map<RecordKey, RecordCoding>());
  const [revision, setRevision] = useState(0);
  // The layer in `own` belongs to one project, coder and epoch: after a
  // switch of coder it is not loaded, so no key press builds on the
  // previous coder's entries while the new layer is read.
  const layerKey = `${projectId}\u0000${coderId}\u0000${storedEpoch}`;
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const isLoaded = loadedKey === layerKey;
  const [others, setOthers] = useState<ReadonlyMap<CoderId, Layer>>(
    () => new Map(),
  );
  const listeners = useRef(new Set<ChangeListener>());
  const othersKey = visibleOthers.join(',');

  useEffect(() => {
    let isCurrent = true;
    repository
      .loadLayer(asProjectId(projectId), coderId)
      .then((codings) => {
        if (!isCurrent) return;

        own.current = toLayer(codings);
        setLoadedKey(layerKey);
        setRevision((value) => value + 1);
      })
      .catch((error: unknown) =>
        notify(
          'error',
          `Your codings could not be read: ${describeError(error)}`,
        ),
      );
    return () => {
      isCurrent = false;
    };
  }, [repository, notify, projectId, coderId, storedEpoch, layerKey]);

  useEffect(() => {
    const wanted = othersKey === '' ? [] : (othersKey.split(',') as CoderId[]);
    setOthers((current) => keepLayers(current, wanted));
    let isCurrent = true;
    const load = async (id: CoderId) => {
      const codings = await repository.loadLayer(asProjectId(projectId), id);
      if (!isCurrent) return;

      setOthers((current) => new Map(current).set(id, toLayer(codings)));
    };
    for (const id of wanted) {
      load(id).catch((error: unknown) =>
        notify(
          'error',
          `Codings of a coder could not be read: ${describeError(error)}`,
        ),
      );
    }
    return () => {
      isCurrent = false;
    };
  }, [repository, notify, projectId, othersKey, storedEpoch]);

  const apply = useCallback(
    (change: CodingChange) => {
      if (change.coderId !== coderId) return;

      const { recordKey, after } = change;
      const applied = { ...change, before: own.current.get(recordKey) ?? null };
      if (after === null) own.current.delete(recordKey);
      else own.current.set(recordKey, after);
      setRevision((value) => value + 1);
      listeners.current.forEach((listener) => listener(applied));
    },
    [coderId],
  );

  const subscribe = useCallback((listener: ChangeListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  // A new object exactly when something in it changed, so views can
  // memoise on it.
  return useMemo(
    () => ({
      own: own.current,
      revision,
      isLoaded,
      others,
      apply,
      subscribe,
    }),
    [revision, isLoaded, others, apply, subscribe],
  );
}

function toLayer(
  codings: readonly RecordCoding[],
): Map<RecordKey, RecordCoding> {
  return new Map(codings.map((coding) => [coding.recordKey, coding]));
}

function keepLayers(
  current: ReadonlyMap<CoderId, Layer>,
  wanted: readonly CoderId[],
): ReadonlyMap<CoderId, Layer> {
  const kept = new Map<CoderId, Layer>();
  for (const id of wanted) {
    const layer = current.get(id);
    if (layer) kept.set(id, layer);
  }
  return kept;
}
