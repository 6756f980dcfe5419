import { describe, expect, it } from 'vitest';
import { createCodebook } from '../../../../src/core/codebook';
import {
  exportCodebook,
  suggestBaseName,
} from '../../../../src/renderer/features/codebook/export-codebook';
import type {
  Platform,
  SaveRequest,
} from '../../../../src/renderer/platform/types';
import { testContext } from '../../core/codebook/support';

function recordingPlatform(saved: SaveRequest[]): Platform {
  return {
    saveFile: (request: SaveRequest) => {
      saved.push(request);
      return Promise.resolve({ saved: true, location: request.suggestedName });
    },
  } as unknown as Platform;
}

describe('exporting the codebook', () => {
  it('names the file after the project without characters files cannot hold', () => {
    expect(suggestBaseName('Pods: 2021/22 "final"')).toBe(
      'Pods 2021 22 final codebook',
    );
    expect(suggestBaseName(' \t')).toBe('codebook');
  });

  it('refuses a .qdc of an empty codebook and writes nothing', async () => {
    const saved: SaveRequest[] = [];
    const outcome = await exportCodebook(
      recordingPlatform(saved),
      createCodebook(testContext()),
      'Pods',
      'qdc',
    );

    expect(outcome.kind === 'refused' && outcome.problems[0]!.code).toBe(
      'QDC_NO_CODES',
    );
    expect(saved).toEqual([]);
  });

  it('saves the Podscan codebook file as JSON', async () => {
    const saved: SaveRequest[] = [];
    const outcome = await exportCodebook(
      recordingPlatform(saved),
      createCodebook(testContext()),
      'Pods',
      'json',
    );

    expect(outcome).toEqual({
      kind: 'saved',
      location: 'Pods codebook.codebook.json',
    });
    expect(JSON.parse(saved[0]!.data as string)).toMatchObject({
      format: 'podscan-codebook',
      codebook: { version: 1, codes: [] },
    });
  });
});
