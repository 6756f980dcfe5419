import { useCallback, useMemo, useRef, useState } from 'react';

export type RecordSelection = {
  readonly selectedKey: string | null;
  /**
   * The selection as of now, for key handlers: keys pressed in quick
   * succession must act on the record the previous key moved to, before
   * React has drawn it.
   */
  readonly selectedRef: { readonly current: string | null };
  readonly select: (recordKey: string | null) => void;
};

/** The record the grid and the coding panel are on. */
export function useRecordSelection(): RecordSelection {
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selectedRef = useRef<string | null>(null);

  const select = useCallback((recordKey: string | null) => {
    selectedRef.current = recordKey;
    setSelectedKey(recordKey);
  }, []);

  return useMemo(
    () => ({ selectedKey, selectedRef, select }),
    [selectedKey, select],
  );
}
