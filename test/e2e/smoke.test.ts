import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './support/browser';
import { enterUserName } from './support/workbench';

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

  it('points at its bundled icon, so no /favicon.ico is asked for', async () => {
    const page = await openApp(browser);
    const icon = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      if (!link) return null;
      const response = await fetch(link.href);
      return {
        path: new URL(link.href).pathname,
        status: response.status,
        type: response.headers.get('content-type'),
      };
    });

    expect(icon?.path).toMatch(/^\/assets\/icon-[\w-]+\.svg$/);
    expect(icon?.status).toBe(200);
    expect(icon?.type).toMatch(/^image\/svg\+xml/);
    await page.close();
  });

  it('keeps the first-start name dialog open until a name is given', async () => {
    const page = await openApp(browser);
    const dialog = page.getByRole('dialog', { name: 'Who is working here?' });
    await dialog.getByLabel('Your name').waitFor();

    await expect(
      dialog.getByRole('button', { name: 'Close' }).count(),
    ).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(true);

    await enterUserName(page, 'Ana Tester');
    await page.getByRole('button', { name: 'About' }).click();
    const about = page.getByRole('dialog', { name: /About/ });
    await about.locator('.modal-header').getByRole('button').click();
    await expect.poll(() => about.count()).toBe(0);
    await page.close();
  });
});
