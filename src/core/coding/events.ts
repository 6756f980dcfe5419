import type { Codebook } from '../codebook';
import type { NewAuditEvent } from '../model/audit';
import type { RecordCoding } from '../model/coding';
import type { ProjectSettings } from '../model/project';
import type { ChangeInfo, CodebookSave } from '../repository/coding-types';
import { listRemapChanges } from './layers';

/**
 * What `saveCodebook` needs to store `next` over `base` (the codebook as
 * loaded): the version check, the `codebook` event and, when `codings`
 * are given, the changes that map them through `next`'s aliases (after
 * merging two codes), so codebook and layers change together.
 */
export function createCodebookSave(
  base: Codebook,
  next: Codebook,
  info: ChangeInfo,
  codings: Iterable<RecordCoding> = [],
): CodebookSave {
  const changes = listRemapChanges(codings, next.aliases);
  const event: NewAuditEvent = {
    at: info.at,
    actor: info.actor,
    recordKey: null,
    detail: {
      kind: 'codebook',
      fromVersion: base.version,
      toVersion: next.version,
      remappedCodings: changes.length,
    },
  };
  return changes.length === 0
    ? { baseVersion: base.version, event }
    : { baseVersion: base.version, event, codings: changes };
}

/** The `settings` event of turning blind mode on or off, or of leads. */
export function createSettingsEvent(
  before: ProjectSettings,
  after: ProjectSettings,
  info: ChangeInfo,
): NewAuditEvent {
  return {
    at: info.at,
    actor: info.actor,
    recordKey: null,
    detail: { kind: 'settings', before, after },
  };
}
