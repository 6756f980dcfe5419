import { afterEach, beforeEach, describe } from 'vitest';
import type { ProjectRepository } from '../../../src/core/repository/types';
import { describeCodingContract } from './contract-coding';
import { describeCodingFailureContract } from './contract-coding-failures';
import { describeEditContract } from './contract-edits';
import { describeFailureContract } from './contract-failures';
import { describeProjectContract } from './contract-projects';
import { describeRecordContract } from './contract-records';
import { describeReimportContract } from './contract-reimport';
import { describeReliabilityContract } from './contract-reliability';
import { describeSnapshotContract } from './contract-snapshot';

/** One repository under test, on storage of its own. */
export type ContractSubject = {
  readonly repository: ProjectRepository;
  /**
   * Makes the `nth` storage write from now on (1 = the next) throw
   * `error`, as a failing disk or a full quota would.
   */
  readonly failWrite: (nth: number, error: unknown) => void;
  readonly dispose: () => Promise<void>;
};

export type CurrentSubject = () => ContractSubject;

/**
 * The behaviour every ProjectRepository promises. Run once per
 * implementation, each test on fresh, empty storage.
 */
export function describeRepositoryContract(
  name: string,
  factory: () => ContractSubject,
): void {
  describe(`${name} repository contract`, () => {
    let subject: ContractSubject | undefined;
    const current: CurrentSubject = () => {
      if (!subject) throw new Error('no repository under test');

      return subject;
    };

    beforeEach(() => {
      subject = factory();
    });
    afterEach(async () => {
      await subject?.dispose();
      subject = undefined;
    });

    describeProjectContract(current);
    describeRecordContract(current);
    describeEditContract(current);
    describeReimportContract(current);
    describeFailureContract(current);
    describeCodingContract(current);
    describeReliabilityContract(current);
    describeSnapshotContract(current);
    describeCodingFailureContract(current);
  });
}
