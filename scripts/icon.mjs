// Draws the app icon from resources/icon.svg in Debian's Chromium: build/icon.png (512 px, which
// electron-builder turns into the Windows .ico and the Linux icon set) and resources/icon.png
// (256 px, the window's icon on Linux). Run by hand after changing the SVG: `node scripts/icon.mjs`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../resources/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.QAYGI_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [size, out] of [[512, '../build/icon.png'], [256, '../resources/icon.png']]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
    await page.screenshot({ path: new URL(out, import.meta.url).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
