import { useCallback, useEffect, useState } from 'react';
import type { Services } from '../../app/services';
import { readLastExports, type LastExports } from './last-export';

/** When each project was last exported; `refresh` after an export. */
export function useLastExports(services: Services | null): {
  readonly lastExports: LastExports;
  readonly refresh: () => void;
} {
  const [lastExports, setLastExports] = useState<LastExports>(new Map());

  const refresh = useCallback(() => {
    if (!services) return;
    // Unreadable settings only mean the reminder shows "never".
    readLastExports(services.settings).then(setLastExports, () => undefined);
  }, [services]);

  useEffect(refresh, [refresh]);

  return { lastExports, refresh };
}
