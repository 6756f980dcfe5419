import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM = process.env.PODSCAN_CHROMIUM ?? '/usr/bin/chromium';

/** Debian Chromium, headless, with every background connection off. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens the served web app in a fresh page. */
export async function openApp(browser: Browser, path = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL(path, inject('baseUrl')).href);
  return page;
}
