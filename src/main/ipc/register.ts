import {
  INVOKE_CHANNELS,
  ipcFail,
  validateRequest,
  type InvokeChannel,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
} from '../../shared/ipc';
import { createLogger } from '../../shared/logger';
import { isTrustedPageUrl, type TrustedPage } from '../security/policy';

const log = createLogger('ipc');

/** The parts of Electron's IpcMainInvokeEvent the checks read. */
export type InvokeEventLike = {
  readonly sender: { readonly id: number };
  readonly senderFrame: {
    readonly url: string;
    readonly parent: unknown;
  } | null;
};

/** The part of `ipcMain` handlers are registered with. */
export type HandlerRegistry = {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>,
  ): void;
};

/** Who may call: our page, in the main frame of one of our windows. */
export type SenderPolicy = {
  readonly page: TrustedPage;
  /** True for the webContents ids of our own windows. */
  readonly isOwnContents: (webContentsId: number) => boolean;
};

/** Answers a validated request; expected failures are returned, not thrown. */
export type IpcHandler<C extends InvokeChannel> = (
  request: IpcRequest<C>,
) => Promise<IpcResult<IpcResponse<C>>>;

export type IpcHandlers = { readonly [C in InvokeChannel]: IpcHandler<C> };

/**
 * Registers `handler` on `channel` behind three checks: the sender is our
 * page in the main frame of our window (else IPC_FORBIDDEN_SENDER), the
 * payload passes the contract's validator (else IPC_INVALID_PAYLOAD), and a
 * thrown error becomes INTERNAL_ERROR. The renderer always gets an envelope.
 */
export function registerHandler<C extends InvokeChannel>(
  registry: HandlerRegistry,
  policy: SenderPolicy,
  channel: C,
  handler: IpcHandler<C>,
): void {
  registry.handle(channel, (event, payload) =>
    answer(policy, channel, handler, event, payload),
  );
}

/** Registers every channel of the contract: the type demands all of them. */
export function registerHandlers(
  registry: HandlerRegistry,
  policy: SenderPolicy,
  handlers: IpcHandlers,
): void {
  const registerOne = <C extends InvokeChannel>(channel: C) =>
    registerHandler(registry, policy, channel, handlers[channel]);

  INVOKE_CHANNELS.forEach(registerOne);
}

/** True when the event comes from our page's main frame in our window. */
export function isTrustedSender(
  event: InvokeEventLike,
  policy: SenderPolicy,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  if (!policy.isOwnContents(event.sender.id)) return false;

  return isTrustedPageUrl(frame.url, policy.page);
}

async function answer<C extends InvokeChannel>(
  policy: SenderPolicy,
  channel: C,
  handler: IpcHandler<C>,
  event: InvokeEventLike,
  payload: unknown,
): Promise<IpcResult<IpcResponse<C>>> {
  if (!isTrustedSender(event, policy)) {
    log.warn('sender refused', { channel, sender: event.sender.id });
    return ipcFail(
      'IPC_FORBIDDEN_SENDER',
      `Podscan refused the ${channel} request: it came from content that ` +
        'is not its own window. Restart Podscan if this keeps happening.',
    );
  }

  const request = validateRequest(channel, payload);
  if (!request.ok) {
    log.warn('payload refused', { channel });
    return request;
  }

  return runHandler(channel, handler, request.value);
}

async function runHandler<C extends InvokeChannel>(
  channel: C,
  handler: IpcHandler<C>,
  request: IpcRequest<C>,
): Promise<IpcResult<IpcResponse<C>>> {
  try {
    return await handler(request);
  } catch (error) {
    log.error('handler failed', { channel, error: describeThrown(error) });
    return ipcFail(
      'INTERNAL_ERROR',
      `Podscan hit an unexpected problem while handling ${channel}. Try ` +
        'again; if it happens again, copy the diagnostics from the Help ' +
        'menu and report it.',
    );
  }
}

// Name and code only: messages can quote file paths or data.
function describeThrown(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;

  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
