import { useCallback, useEffect, useMemo, useState } from 'react';
import { createCoder } from '../../core/coding';
import type { Coder } from '../../core/model/coding';
import {
  loadLocalCoder,
  saveLocalCoder,
} from '../../core/repository/local-coder';
import type {
  ProjectRepository,
  SettingsStore,
} from '../../core/repository/types';
import { openPersistence, type StorageInterruption } from '../persistence';
import { getPlatform } from '../platform';
import { setLogSink } from '../../shared/logger';
import type { Platform } from '../platform/types';
import { describeError } from './services';
import { rememberIdentity } from './identities';

type BootServices = {
  readonly repository: ProjectRepository;
  readonly settings: SettingsStore;
  readonly platform: Platform;
};

export type Identity = { readonly name: string; readonly initials: string };

type BootActions = {
  /** Creates a new coder identity for this machine and switches to it. */
  readonly createIdentity: (identity: Identity) => Promise<Coder>;
  /** Switches to an identity already used on this machine. */
  readonly switchCoder: (coder: Coder) => Promise<void>;
};

export type Boot = BootActions &
  (
    | { readonly status: 'starting' }
    | { readonly status: 'failed'; readonly message: string }
    | { readonly status: 'interrupted'; readonly message: string }
    | {
        readonly status: 'ready';
        readonly services: BootServices;
        readonly coder: Coder | null;
      }
  );

/** Opens storage and reads who works on this machine. */
export function useBoot(): Boot {
  const [services, setServices] = useState<BootServices | null>(null);
  const [coder, setCoder] = useState<Coder | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [interruption, setInterruption] = useState<string | null>(null);

  useEffect(() => {
    const start = async () => {
      const { repository, settings } = await openPersistence({
        onInterruption: (reason) =>
          setInterruption(describeInterruption(reason)),
      });
      setCoder((await loadLocalCoder(settings)) ?? null);
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

  const switchCoder = useCallback(
    async (next: Coder) => {
      if (!services) throw new Error('Storage is not open yet.');

      await saveLocalCoder(services.settings, next);
      await rememberIdentity(services.settings, next);
      setCoder(next);
    },
    [services],
  );

  const createIdentity = useCallback(
    async (identity: Identity) => {
      const created = createCoder(identity, () => crypto.randomUUID());
      if (!created.ok) throw new Error(created.error.message);

      await switchCoder(created.value);
      return created.value;
    },
    [switchCoder],
  );

  // One object per change: the app memoises its services on it, and a new
  // object on every render would make everything below render again.
  return useMemo<Boot>(() => {
    const actions = { createIdentity, switchCoder };
    if (interruption) {
      return { status: 'interrupted', message: interruption, ...actions };
    }
    if (failure) return { status: 'failed', message: failure, ...actions };
    if (!services) return { status: 'starting', ...actions };

    return { status: 'ready', services, coder, ...actions };
  }, [interruption, failure, services, coder, createIdentity, switchCoder]);
}

function describeInterruption(reason: StorageInterruption): string {
  return reason === 'versionchange'
    ? 'A newer Podscan opened this data in another window, so this window ' +
        'stopped saving. Everything saved so far is safe: reload this ' +
        'window to continue.'
    : 'Another Podscan window is holding this data open with an older ' +
        'version. Close the other Podscan windows or tabs, then reload.';
}
