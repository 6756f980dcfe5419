import { createMemoryRepository } from '../../../src/core/repository/memory';
import { describeRepositoryContract } from './contract';

describeRepositoryContract('memory', () => {
  let failure: { remaining: number; error: unknown } | null = null;
  const repository = createMemoryRepository({
    onWrite: () => {
      if (!failure) return;

      failure.remaining -= 1;
      if (failure.remaining > 0) return;

      const { error } = failure;
      failure = null;
      throw error;
    },
  });

  return {
    repository,
    failWrite: (nth, error) => {
      failure = { remaining: nth, error };
    },
    dispose: () => Promise.resolve(),
  };
});
