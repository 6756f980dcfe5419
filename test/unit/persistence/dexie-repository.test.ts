import { describeRepositoryContract } from './contract';
import { createFakeIndexedDb, failNthWrite, openWindow } from './fake-idb';

describeRepositoryContract('dexie', () => {
  const repository = openWindow(createFakeIndexedDb());
  let restore: (() => void) | null = null;

  return {
    repository,
    failWrite: (nth, error) => {
      restore?.();
      restore = failNthWrite(nth, error);
    },
    dispose: () => {
      restore?.();
      repository.close();
      return Promise.resolve();
    },
  };
});
