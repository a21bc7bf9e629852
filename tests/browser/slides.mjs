// Opens every exported deck from disk (file://, no server, no network) in headless Chromium
// and checks, on screenshots, that the first slide with a plot shows the image and that the
// first slide with a formula shows it typeset by MathJax.
//   node tests/browser/slides.mjs [DECK_DIR]      (default build/slides)
// Screenshots of those slides go to DECK_DIR/screenshots/.
import { readdirSync, mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, coloursOnScreen } from './chromium.mjs';

const deckDir = resolve(process.argv[2] || 'build/slides');
const shots = join(deckDir, 'screenshots');
mkdirSync(shots, { recursive: true });
const decks = readdirSync(deckDir).filter((f) => f.endsWith('.slides.html')).sort();
if (decks.length === 0) {
  console.error(`no decks in ${deckDir}: run tools/export_slides.py first`);
  process.exit(1);
}

// Goes to the first slide (in reading order) holding `selector`, with all its fragments shown;
// returns the element or null.
async function showFirstSlideWith(page, selector) {
  const where = await page.evaluate((sel) => {
    const stacks = [...document.querySelectorAll('.slides > section')];
    for (let h = 0; h < stacks.length; h++) {
      const inner = [...stacks[h].querySelectorAll(':scope > section')];
      const slides = inner.length ? inner : [stacks[h]];
      for (let v = 0; v < slides.length; v++) {
        if (slides[v].querySelector(sel)) return `#/${h}/${v}`;
      }
    }
    return null;
  }, selector);
  if (!where) return null;
  await page.evaluate((hash) => { window.location.hash = hash; }, where);
  await page.waitForTimeout(1200);   // the slide transition
  // As after a presenter stepped through the slide: its fragments shown (reveal.js's own class).
  await page.evaluate(() => document.querySelectorAll('.slides section.present .fragment')
    .forEach((f) => f.classList.add('visible')));
  await page.waitForTimeout(600);    // the fragments' fade-in
  return page.locator(`.slides section.present ${selector}`).first();
}

const browser = await launch();
let failures = 0;
for (const deck of decks) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(deckDir, deck)).href);
  await page.waitForSelector('.reveal.ready', { timeout: 30000 });   // Reveal.initialize is done
  await page.waitForFunction(() => window.MathJax && MathJax.Hub && MathJax.Hub.queue.pending === 0
      && MathJax.Hub.queue.running === 0, null, { timeout: 30000 });
  const name = deck.replace('.slides.html', '');
  const problems = [...errors];

  const plot = await showFirstSlideWith(page, '.jp-OutputArea-output img');
  if (!plot) problems.push('no slide with a plot image');
  else {
    const colours = await coloursOnScreen(page, plot);
    await page.screenshot({ path: join(shots, `${name}-plot.png`) });
    if (colours < 8) problems.push(`the plot shows ${colours} colours on screen: not drawn`);
  }

  const formula = await showFirstSlideWith(page, '.MathJax_CHTML');
  if (!formula) problems.push('no typeset formula (MathJax CommonHTML output) on any slide');
  else {
    const colours = await coloursOnScreen(page, formula);
    await page.screenshot({ path: join(shots, `${name}-formula.png`) });
    if (colours < 2) problems.push('the typeset formula is blank on screen');
  }

  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${deck} ${problems.join('; ')}`);
  failures += problems.length > 0;
  await page.close();
}
await browser.close();
console.log(`slides: ${decks.length - failures} decks passed, ${failures} failed (screenshots in ${shots})`);
process.exit(failures ? 1 : 0);
