import type {
  HandlerDetails,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { parseSafeExternalUrl } from '../../shared/external-url';
import { createLogger } from '../../shared/logger';
import {
  isAllowedRequestUrl,
  isTrustedPageUrl,
  policyFor,
  withPolicyHeader,
  type TrustedPage,
} from './policy';

const log = createLogger('security');

/** Opens a checked http(s) address in the user's browser. */
export type OpenExternal = (safeUrl: string) => Promise<void>;

/**
 * Locks down a session: only local requests (see isAllowedRequestUrl), our
 * CSP on every response, and every permission request or check refused.
 */
export function hardenSession(session: Session, page: TrustedPage): void {
  const policy = policyFor(page);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, page);
    if (!allowed) {
      log.warn('request blocked', { resourceType: details.resourceType });
    }
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withPolicyHeader(details.responseHeaders, policy),
    });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks down our window's contents: no navigation away from our page (http
 * links go to the browser instead, after the check), no new windows, no
 * webviews.
 */
export function hardenWebContents(
  contents: WebContents,
  page: TrustedPage,
  openExternal: OpenExternal,
): void {
  contents.on('will-navigate', (event) => {
    if (isTrustedPageUrl(event.url, page)) return;

    event.preventDefault();
    handOver(event.url, openExternal);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isTrustedPageUrl(event.url, page)) return;

    event.preventDefault();
    log.warn('frame navigation blocked');
  });
  contents.on('will-redirect', (event) => {
    if (isTrustedPageUrl(event.url, page)) return;

    event.preventDefault();
    log.warn('redirect blocked');
  });
  contents.setWindowOpenHandler((details) =>
    decideWindowOpen(details, openExternal),
  );
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview blocked');
  });
}

/**
 * Every window.open is denied; a safe http(s) address is handed to the
 * user's browser instead.
 */
export function decideWindowOpen(
  details: Pick<HandlerDetails, 'url'>,
  openExternal: OpenExternal,
): WindowOpenHandlerResponse {
  handOver(details.url, openExternal);

  return { action: 'deny' };
}

function handOver(url: string, openExternal: OpenExternal): void {
  const safe = parseSafeExternalUrl(url);
  if (safe === null) {
    log.warn('link refused');
    return;
  }

  openExternal(safe).catch(() => log.error('browser did not open a link'));
}
