// Debian's Chromium, started headless through playwright-core (which downloads no browser),
// and a check that a region of a real screenshot is drawn rather than blank.
import { chromium } from 'playwright-core';

/** Launches /usr/bin/chromium (or $CHROMIUM) headless, with no network chatter. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * How many distinct colours a screenshot of the element shows: decoded by the browser from the
 * PNG that page.screenshot captured, so it counts what is on screen, not what the HTML says.
 */
export async function coloursOnScreen(page, element) {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box || box.width < 2 || box.height < 2) return 0;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (dataUrl) => {
    const image = new Image();
    image.src = dataUrl;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    }
    return colours.size;
  }, 'data:image/png;base64,' + png.toString('base64'));
}
