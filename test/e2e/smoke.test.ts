import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';

describe('web app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the workbench title', async () => {
    const page = await openApp(browser);
    await expect(page.title()).resolves.toBe('Podscan Workbench');
  });
});
