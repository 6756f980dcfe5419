/**
 * Strict UTF-8 decoding: null when the bytes are not UTF-8. The standard
 * TextDecoder exists in browsers, workers and Node, but core is typed
 * without DOM or Node globals, so it is looked up and typed here.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const { TextDecoder } = globalThis as unknown as {
    readonly TextDecoder: new (
      label: string,
      options: { readonly fatal: boolean },
    ) => { decode(input: Uint8Array): string };
  };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
