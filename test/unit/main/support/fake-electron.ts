/**
 * A stand-in for the parts of the `electron` module that main uses, for
 * tests that load main's wiring with `vi.mock('electron', …)`. Electron's
 * binary cannot run here; this records what main asks of it instead.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }

  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) =>
      listener(...args),
    );
  }
}

class FakeWebContents extends Emitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: Listener | null = null;
  readonly sent: unknown[][] = [];

  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }

  send(...args: unknown[]): void {
    this.sent.push(args);
  }
}

class FakeBrowserWindow extends Emitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  shown = false;
  maximized = false;
  minimized = false;
  focused = false;
  restored = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
    state.app.emit('web-contents-created', {}, this.webContents);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all;
  }

  loadFile(file: string): Promise<void> {
    this.loaded = file;
    return Promise.resolve();
  }

  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }

  show(): void {
    this.shown = true;
  }

  maximize(): void {
    this.maximized = true;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.restored = true;
  }

  focus(): void {
    this.focused = true;
  }

  getNormalBounds() {
    return this.normalBounds;
  }
}

class FakeApp extends Emitter {
  isPackaged = true;
  profile = '';
  hasLock = true;
  sandboxed = false;
  quitting = false;

  getPath(name: string): string {
    return `${this.profile}/${name}`;
  }

  getVersion(): string {
    return '0.1.0';
  }

  getLocale(): string {
    return 'en-GB';
  }

  enableSandbox(): void {
    this.sandboxed = true;
  }

  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  quit(): void {
    this.quitting = true;
  }

  addRecentDocument(path: string): void {
    state.recentDocuments.push(path);
  }

  clearRecentDocuments(): void {
    state.recentDocuments.length = 0;
  }
}

const session = {
  handlers: new Map<string, Listener>(),
};

/** Everything main asked for, reset by {@link resetFakeElectron}. */
export const state = {
  app: new FakeApp(),
  ipcHandlers: new Map<string, Listener>(),
  menu: null as unknown,
  session,
  clipboard: [] as string[],
  opened: [] as string[],
  recentDocuments: [] as string[],
  dialogPaths: [] as string[],
  windows: FakeBrowserWindow.all,
};

export function resetFakeElectron(profile: string): void {
  state.app = new FakeApp();
  state.app.profile = profile;
  state.ipcHandlers.clear();
  state.menu = null;
  session.handlers.clear();
  state.clipboard.length = 0;
  state.opened.length = 0;
  state.recentDocuments.length = 0;
  state.dialogPaths.length = 0;
  FakeBrowserWindow.all.length = 0;
}

/** The module shape `vi.mock('electron')` returns. */
export const fakeElectron = {
  get app() {
    return state.app;
  },
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      state.ipcHandlers.set(channel, listener);
    },
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => {
      state.menu = menu;
    },
  },
  session: {
    defaultSession: {
      webRequest: {
        onBeforeRequest: (listener: Listener) =>
          session.handlers.set('request', listener),
        onHeadersReceived: (listener: Listener) =>
          session.handlers.set('headers', listener),
      },
      setPermissionRequestHandler: (listener: Listener) =>
        session.handlers.set('permissionRequest', listener),
      setPermissionCheckHandler: (listener: Listener) =>
        session.handlers.set('permissionCheck', listener),
    },
  },
  shell: {
    openExternal: (url: string) => {
      state.opened.push(url);
      return Promise.resolve();
    },
  },
  clipboard: {
    writeText: (text: string) => {
      state.clipboard.push(text);
      return Promise.resolve();
    },
  },
  /** Answers open dialogs with the paths queued in `state.dialogPaths`. */
  dialog: {
    showOpenDialog: () => {
      const path = state.dialogPaths.shift();
      return Promise.resolve({
        canceled: path === undefined,
        filePaths: path === undefined ? [] : [path],
      });
    },
  },
  screen: {
    getAllDisplays: () => [
      { workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    ],
  },
};

export type FakeWindow = FakeBrowserWindow;
