export * from './types';
export {
  DEFAULT_PALETTE,
  checkShortcut,
  isGuid,
  normaliseColor,
  pickPaletteColor,
  type ShortcutCheck,
} from './fields';
export { createCodebook } from './change';
export {
  buildCodeTree,
  findCode,
  findCodeByShortcut,
  getCodePath,
  isCodeHidden,
  listApplicableCodes,
  listChildren,
  listDescendantIds,
  sortCodesInTreeOrder,
  type CodeTreeNode,
} from './tree';
export type { CodePatch } from './code-fields';
export {
  addCode,
  deleteCode,
  moveCode,
  retireCode,
  unretireCode,
  updateCode,
  type CodebookResult,
  type NewCode,
} from './code-operations';
export { mergeCodes, remapCodeIds, resolveCodeId } from './merge';
export {
  addCodeToSet,
  addSet,
  removeCodeFromSet,
  removeSet,
  updateSet,
  type CodeSetPatch,
  type NewCodeSet,
} from './set-operations';
export { isCodebookValid, validateCodebook } from './validate';
export * from './diff';
export type { SetDiff, SetMembershipDiff } from './set-diff';
export { describeCodebookChange } from './history';
export {
  packDescription,
  unpackDescription,
  type DescriptionParts,
} from './description';
export { importQdc } from './qdc-import';
export { QDC_NAMESPACE, exportQdc } from './qdc-export';
export { parseCodebookJson, serializeCodebookJson } from './json';
export {
  CODEBOOK_FILE_FORMAT,
  CODEBOOK_FILE_SCHEMA,
  CODEBOOK_FILE_VERSION,
} from './json-schema';
export { importCodebookTable } from './table-import';
export {
  buildCodebookTable,
  CODEBOOK_TABLE_COLUMNS,
  exportCodebookTable,
  type CodebookTableOptions,
  type CodebookTableRows,
  type CodebookTableText,
} from './table-export';
export { importCodebookCsv, importQdcBytes } from './byte-readers';
export {
  reconstructCodebookVersions,
  revertLastChange,
  type CodebookVersions,
  type RebuiltVersion,
} from './reconstruct';
export {
  canUndoCodebookChange,
  undoCodebookChange,
  type CodebookUndoStep,
} from './undo';
export {
  planCodeDrop,
  planCodeMove,
  type CodeDropPosition,
  type CodeMoveDirection,
  type CodeMoveTarget,
} from './tree-moves';
export {
  appendCodebook,
  replaceCodebook,
  type ImportFormat,
} from './import-apply';
