// Regenerates src/core/exchange/coded-file-validator.generated.js from
// docs/podscan-coded-file.schema.json:
//   npx tsx scripts/generate-coded-file-validator.ts
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  VALIDATOR_PATH,
  generateCodedFileValidator,
} from './coded-file-validator';

writeFileSync(VALIDATOR_PATH, generateCodedFileValidator());
console.log(`Wrote ${relative(process.cwd(), VALIDATOR_PATH)}`);
