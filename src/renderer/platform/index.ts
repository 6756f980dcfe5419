import type { PodscanApi } from '../../shared/ipc';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload. */
    readonly podscan?: PodscanApi;
  }
}

let current: Platform | null = null;

/** The host adapter for this page, chosen once: Electron or browser. */
export function getPlatform(): Platform {
  current ??= selectPlatform(window);

  return current;
}

/** Electron when the preload exposed `podscan`, the browser otherwise. */
export function selectPlatform(host: {
  readonly podscan?: PodscanApi | undefined;
}): Platform {
  return host.podscan
    ? createElectronPlatform(host.podscan)
    : createBrowserPlatform();
}
