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
 * coder's name (told apart where names repeat), cells 1 (applied) or 0
 * (not), empty where the coder has not marked the record done. Units are
 * the records, in record order, that at least one of the coders marked
 * done.
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
  const labels = labelCoders(snapshot, coders);
  const rows = coders.map((coderId, index) => {
    const layer = layers[index]!;
    const cells = units.map((key) => {
      const coding = layer.get(key);
      if (coding?.status !== 'done') return '';

      const applied = readAppliedCodes(coding, snapshot.codebook);
      return applied.includes(options.codeId) ? '1' : '0';
    });
    return [labels[index]!, ...cells];
  });
  return ok(writeCsv(['coder', ...units], rows, options));
}

/**
 * A row label per coder, each different, as a matrix reader needs: the
 * coder's name (in NFC, without surrounding spaces, so names that only
 * look alike count as repeated); where names repeat, the name and
 * initials, "Ana (AN)"; where those repeat too, the name and the
 * coder's id.
 */
function labelCoders(
  snapshot: ProjectSnapshot,
  coders: readonly CoderId[],
): string[] {
  const names = coders.map((coderId) =>
    nameCoder(snapshot, coderId).normalize('NFC').trim(),
  );
  const withInitials = coders.map((coderId, index) => {
    const initials = snapshot.coders.find((c) => c.id === coderId)?.initials;
    const name = names[index]!;
    return isRepeated(names, name) && initials ? `${name} (${initials})` : name;
  });
  return coders.map((coderId, index) => {
    const label = withInitials[index]!;
    return isRepeated(withInitials, label)
      ? `${names[index]!} (${coderId})`
      : label;
  });
}

function isRepeated(labels: readonly string[], label: string): boolean {
  return labels.indexOf(label) !== labels.lastIndexOf(label);
}

/** Coders in coder-list order who have at least one coding. */
function listCodersWithLayers(snapshot: ProjectSnapshot): CoderId[] {
  const withCodings = new Set<string>(snapshot.layers.map((c) => c.coderId));
  return snapshot.coders
    .map((coder) => coder.id)
    .filter((id) => withCodings.has(id));
}
