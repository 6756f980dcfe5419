import { fail, ok, type Problem, type Result } from '../model/problem';
import type { CodeId, CoderId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { writeCsv, type CsvOptions, type ExportOutput } from './csv';
import { indexLayer, nameCoder, readAppliedCodes } from './layer-view';

export type MatrixOptions = CsvOptions & {
  /** The code whose reliability data is exported. */
  readonly codeId: CodeId;
  /** Coders (rows) in order; every coder with a layer when absent. */
  readonly coders?: readonly CoderId[];
};

/**
 * The reliability matrix CSV of one code (PRODUCT.md §4), as R irr,
 * irrCAC, python krippendorff and ReCal read it: a header of `coder` and
 * the unit labels (record keys), then one row per coder named by the
 * coder's name, cells 1 (applied) or 0 (not), empty where the coder has
 * not marked the record done. Units are the records, in record order,
 * that at least one of the coders marked done.
 */
export function exportReliabilityMatrix(
  snapshot: ProjectSnapshot,
  options: MatrixOptions,
): Result<ExportOutput, Problem> {
  const known = snapshot.codebook.codes.some((c) => c.id === options.codeId);
  if (!known) {
    return fail({
      row: null,
      column: null,
      code: 'EXPORT_CODE_UNKNOWN',
      message: `No code has the GUID ${options.codeId}; pick a code of the codebook.`,
      severity: 'error',
    });
  }
  const coders = options.coders ?? listCodersWithLayers(snapshot);
  const layers = coders.map((coderId) => indexLayer(snapshot, coderId));
  const units = snapshot.records
    .map((record) => record.key)
    .filter((key) => layers.some((layer) => layer.get(key)?.status === 'done'));
  const rows = coders.map((coderId, index) => {
    const layer = layers[index]!;
    const cells = units.map((key) => {
      const coding = layer.get(key);
      if (coding?.status !== 'done') return '';

      const applied = readAppliedCodes(coding, snapshot.codebook);
      return applied.includes(options.codeId) ? '1' : '0';
    });
    return [nameCoder(snapshot, coderId), ...cells];
  });
  return ok(writeCsv(['coder', ...units], rows, options));
}

/** Coders in coder-list order who have at least one coding. */
function listCodersWithLayers(snapshot: ProjectSnapshot): CoderId[] {
  const withCodings = new Set<string>(snapshot.layers.map((c) => c.coderId));
  return snapshot.coders
    .map((coder) => coder.id)
    .filter((id) => withCodings.has(id));
}
