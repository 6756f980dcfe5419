import {
  buildReliabilityCsv,
  buildReliabilityHtml,
  type ReportNames,
} from '../../../core/agreement';
import type { ProjectMeta } from '../../../core/model/project';
import type { Platform } from '../../platform/types';
import type { ReliabilityResult } from './useReliability';

/** A project name made safe as the start of a file name. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem === '' ? 'podscan' : stem;
}

type ReportInput = {
  readonly platform: Platform;
  readonly meta: ProjectMeta;
  readonly result: ReliabilityResult;
  readonly names: ReportNames;
  readonly userName: string;
};

/** Saves the report as CSV: per code × coefficient, with intervals. */
export async function saveReliabilityCsv(input: ReportInput): Promise<boolean> {
  const { text } = buildReliabilityCsv(input.result.report, input.names, {
    bom: true,
  });
  const saved = await input.platform.saveFile({
    suggestedName: `${fileStem(input.meta.name)}-reliability.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    data: text,
  });
  return saved.saved;
}

/** Saves the report as one printable HTML page without scripts. */
export async function saveReliabilityHtml(
  input: ReportInput,
): Promise<boolean> {
  const html = buildReliabilityHtml(input.result.report, {
    ...input.names,
    project: input.meta.name,
    generatedAt: new Date().toISOString(),
    generatedBy: input.userName,
    scope: input.result.scope,
  });
  const saved = await input.platform.saveFile({
    suggestedName: `${fileStem(input.meta.name)}-reliability.html`,
    filters: [{ name: 'Web page', extensions: ['html'] }],
    data: html,
  });
  return saved.saved;
}
