/**
 * What the workbench needs from its host. The browser adapter uses a file
 * input and downloads; the Electron adapter goes through the preload bridge
 * to native dialogs and atomic writes.
 */
export type PickedFile = {
  readonly name: string;
  readonly bytes: Uint8Array;
};

export type FileFilter = {
  readonly name: string;
  /** Extensions without the dot, e.g. ['csv', 'tsv']. */
  readonly extensions: readonly string[];
};

export type SaveRequest = {
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  readonly data: string | Uint8Array;
};

export type SaveResult =
  | { readonly saved: true; readonly location: string }
  | { readonly saved: false };

export type Platform = {
  readonly kind: 'electron' | 'browser';
  /** Null when the user cancelled. */
  readonly openFile: (options: {
    readonly title: string;
    readonly filters: readonly FileFilter[];
  }) => Promise<PickedFile | null>;
  readonly saveFile: (request: SaveRequest) => Promise<SaveResult>;
  /** Opens an http(s) link outside the app; false when refused. */
  readonly openExternal: (url: string) => Promise<boolean>;
};
