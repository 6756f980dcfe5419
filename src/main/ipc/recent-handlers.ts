import {
  ipcFail,
  ipcOk,
  type IpcResult,
  type OpenedFile,
} from '../../shared/ipc';
import {
  addRecentFile,
  addRecentProject,
  removeRecentFile,
  removeRecentProject,
  toRecentLists,
  type RecentStore,
} from '../recent/recent-list';
import type { IpcHandlers } from './register';

export type RecentHandlerDeps = {
  readonly store: RecentStore;
  /** Reads a file the user opened before, as `file:open` reads it. */
  readonly readFile: (path: string) => Promise<IpcResult<OpenedFile>>;
  readonly now?: () => Date;
};

type RecentChannels =
  | 'recent:list'
  | 'recent:addProject'
  | 'recent:removeProject'
  | 'recent:openFile';

/** The recent lists behind File › Open Recent and the start screen. */
export function createRecentHandlers(
  deps: RecentHandlerDeps,
): Pick<IpcHandlers, RecentChannels> {
  const { store } = deps;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  return {
    'recent:list': () => Promise.resolve(ipcOk(toRecentLists(store.current()))),
    'recent:addProject': ({ projectId, name }) => {
      store.update((state) => addRecentProject(state, projectId, name, now()));
      return Promise.resolve(ipcOk(null));
    },
    'recent:removeProject': ({ projectId }) => {
      store.update((state) => removeRecentProject(state, projectId));
      return Promise.resolve(ipcOk(null));
    },
    'recent:openFile': async ({ id }) => {
      const entry = store.current().files.find((file) => file.id === id);
      if (!entry) {
        return ipcFail(
          'FILE_NOT_FOUND',
          'That file is no longer on the recent list. Open it with ' +
            'Import scan… instead.',
        );
      }

      const read = await deps.readFile(entry.path);
      if (read.ok) {
        store.update((state) => addRecentFile(state, entry.path, now()));
      } else if (read.error.code === 'FILE_NOT_FOUND') {
        store.update((state) => removeRecentFile(state, id));
      }
      return read;
    },
  };
}
