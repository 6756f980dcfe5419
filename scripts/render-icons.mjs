// `npm run icons`: renders resources/icons/icon.svg to the PNG sizes the
// installers use, with the system Chromium the browser tests use. Run it
// after changing the SVG and commit the PNGs; packaging only reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [256, 512];
const folder = join(import.meta.dirname, '..', 'resources', 'icons');
const svg = readFileSync(join(folder, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.PODSCAN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

try {
  for (const size of SIZES) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
    });
    const sized = svg.replace(/width="512" height="512"/, '');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}` +
        `svg{display:block;width:${size}px;height:${size}px}</style>${sized}`,
    );
    await page.screenshot({
      path: join(folder, `${size}x${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
