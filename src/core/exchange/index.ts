export * from './coded-file-types';
export {
  canonicalJson,
  deriveGuid,
  hashRecordFields,
  setSha256,
  sha256Hex,
  type JsonValue,
  type Sha256Text,
} from './canonical';
export { CODED_FILE_SCHEMA, checkCodedFileSchema } from './coded-file-schema';
export {
  applyVisibility,
  buildCodedFile,
  computeChecksum,
  writeCodedFile,
} from './write-coded-file';
export {
  isCodedFile,
  readCodedFile,
  type ReadCodedFileOptions,
} from './read-coded-file';
export { createHashedFields, type HashedFields } from './hashed-fields';
export { packCodedProject, type PackInput, type PackResult } from './pack';
export { readCodingRows, type CodingRow } from './pack-codings';
export {
  formatSheetCell,
  isWorkbookFile,
  parseSheetScan,
  type SheetCell,
} from './xlsx-scan';
export { decodeUtf8 } from './utf8';
