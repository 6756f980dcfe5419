import { useCallback, useEffect, useState } from 'react';
import type {
  ProjectRepository,
  SettingsStore,
} from '../../core/repository/types';
import { openPersistence, type StorageInterruption } from '../persistence';
import { getPlatform } from '../platform';
import { setLogSink } from '../../shared/logger';
import type { Platform } from '../platform/types';
import { describeError } from './services';

const USER_NAME_SETTING = 'userName';

type BootServices = {
  readonly repository: ProjectRepository;
  readonly settings: SettingsStore;
  readonly platform: Platform;
};

export type Boot =
  | { readonly status: 'starting' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'interrupted'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly services: BootServices;
      readonly userName: string | null;
      readonly saveUserName: (name: string) => void;
    };

/** Opens storage and reads who works on this machine. */
export function useBoot(): Boot & {
  saveUserName: (name: string) => void;
} {
  const [services, setServices] = useState<BootServices | null>(null);
  const [userName, setUserName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [interruption, setInterruption] = useState<string | null>(null);

  useEffect(() => {
    const start = async () => {
      const { repository, settings } = await openPersistence({
        onInterruption: (reason) =>
          setInterruption(describeInterruption(reason)),
      });
      const name = await settings.get(USER_NAME_SETTING);
      setUserName(typeof name === 'string' && name !== '' ? name : null);
      const platform = getPlatform();
      setLogSink(platform.logSink);
      setServices({ repository, settings, platform });
    };
    start().catch((error: unknown) =>
      setFailure(
        `Storage could not be opened: ${describeError(error)}. ` +
          'Close other Podscan windows and reload; if it persists, ' +
          'check that this browser allows site data.',
      ),
    );
  }, []);

  const saveUserName = useCallback(
    (name: string) => {
      setUserName(name);
      // If storing fails the name is simply asked again at the next start.
      services?.settings.set(USER_NAME_SETTING, name).catch(() => undefined);
    },
    [services],
  );

  if (interruption) {
    return { status: 'interrupted', message: interruption, saveUserName };
  }
  if (failure) return { status: 'failed', message: failure, saveUserName };
  if (!services) return { status: 'starting', saveUserName };

  return { status: 'ready', services, userName, saveUserName };
}

function describeInterruption(reason: StorageInterruption): string {
  return reason === 'versionchange'
    ? 'A newer Podscan opened this data in another window, so this window ' +
        'stopped saving. Everything saved so far is safe: reload this ' +
        'window to continue.'
    : 'Another Podscan window is holding this data open with an older ' +
        'version. Close the other Podscan windows or tabs, then reload.';
}
