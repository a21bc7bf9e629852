// Opens every exported deck from disk (file://, no server, no network) in headless Chromium and
// compares it with its executed notebook:
//  - every picture (PNG, JPEG or SVG output) of every cell the slides show is in the deck, with
//    its content: an image with the notebook's bytes, decoded and drawn on screen; an SVG with
//    the notebook's shapes and text, drawn on screen; and at least 3/4 the size it has in a
//    notebook's 900 px column;
//  - no slide, with all its fragments shown, is taller than the deck (700 px);
//  - the first formula is typeset by MathJax, and the deck asks no server for anything.
//   node tests/browser/slides.mjs [DECK_DIR [EXECUTED_DIR]]   (default build/slides, build/executed)
// A screenshot of every picture, as shown on its slide, goes to DECK_DIR/pictures/NAME-K.png
// (K counts the deck's pictures from 1), one of each deck's first formula to DECK_DIR/screenshots/.
import { readdirSync, readFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, coloursOnScreen } from './chromium.mjs';

const deckDir = resolve(process.argv[2] || 'build/slides');
const executedDir = resolve(process.argv[3] || join(deckDir, '..', 'executed'));
const shots = join(deckDir, 'screenshots');
const pictures = join(deckDir, 'pictures');
rmSync(pictures, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });
mkdirSync(pictures, { recursive: true });
const decks = readdirSync(deckDir).filter((f) => f.endsWith('.slides.html')).sort();
if (decks.length === 0) {
  console.error(`no decks in ${deckDir}: run tools/export_slides.py first`);
  process.exit(1);
}

const SLIDE_HEIGHT = 700;             // tools/export_slides.py's SLIDE_HEIGHT
const NOTEBOOK_COLUMN = 900;          // width of JupyterLab's notebook column, px
const MIN_SCALE = 0.75;               // the least a picture may shrink to fit its slide
const SHAPES = ['rect', 'ellipse', 'circle', 'line', 'polyline', 'polygon', 'path', 'text'];

/** What an SVG holds: how many of each shape, and its texts in order. */
function svgContent(root) {
  const counts = Object.fromEntries(SHAPES.map((tag) => [tag, root.getElementsByTagName(tag).length]));
  const texts = [...root.getElementsByTagName('text')].map((t) => t.textContent);
  return JSON.stringify({ counts, texts });
}

/** The pictures the slides must show: outputs of the cells that are neither skipped nor notes. */
function expectedPictures(notebookPath) {
  const notebook = JSON.parse(readFileSync(notebookPath, 'utf-8'));
  const expected = [];
  notebook.cells.forEach((cell, index) => {
    const slideType = cell.metadata?.slideshow?.slide_type;
    if (slideType === 'skip' || slideType === 'notes') return;
    for (const output of cell.outputs || []) {
      const data = output.data || {};
      const text = (value) => (Array.isArray(value) ? value.join('') : value);
      if (data['image/svg+xml']) expected.push({ cell: index, svg: text(data['image/svg+xml']) });
      else if (data['image/png']) expected.push({ cell: index, src: `data:image/png;base64,${text(data['image/png']).replace(/\s/g, '')}` });
      else if (data['image/jpeg']) expected.push({ cell: index, src: `data:image/jpeg;base64,${text(data['image/jpeg']).replace(/\s/g, '')}` });
    }
  });
  return expected;
}

/** reveal.js's API object (nbconvert loads it through RequireJS, so it is not a global). */
async function revealApi(page) {
  await page.evaluate(() => new Promise((done) => require(['reveal.js/dist/reveal.js'], (reveal) => {
    window.deck = reveal;
    reveal.configure({ transition: 'none', backgroundTransition: 'none' });
    done();
  })));
}

async function mathJaxIdle(page) {
  await page.waitForFunction(() => window.MathJax && MathJax.Hub && MathJax.Hub.queue.pending === 0
      && MathJax.Hub.queue.running === 0, null, { timeout: 30000 });
}

/** Shows slide `index` (of deck.getSlides()) with all its fragments, once MathJax is done. */
async function showSlide(page, index) {
  await page.evaluate((i) => {
    const slide = deck.getSlides()[i];
    const { h, v } = deck.getIndices(slide);
    deck.slide(h, v);
    // As after a presenter stepped through the slide: its fragments shown (reveal.js's own class).
    slide.querySelectorAll('.fragment').forEach((f) => f.classList.add('visible'));
  }, index);
  await page.waitForTimeout(50);       // MathJax queues typesetting the slide again on 'slidechanged'
  await mathJaxIdle(page);
  await page.evaluate((i) => Promise.all([...deck.getSlides()[i].querySelectorAll('img')]
    .map((img) => img.decode().catch(() => {}))), index);   // an image's height is 0 until it is decoded
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

const browser = await launch();
let failures = 0;
let pictureCount = 0;
for (const deck of decks) {
  const name = deck.replace('.slides.html', '');
  // 1340x740 makes reveal.js show the 1280x700 slides at about their own size.
  const page = await browser.newPage({ viewport: { width: 1340, height: 740 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) errors.push(`asks the network for ${r.url()}`); });
  await page.goto(pathToFileURL(join(deckDir, deck)).href);
  await page.waitForSelector('.reveal.ready', { timeout: 30000 });   // Reveal.initialize is done
  await mathJaxIdle(page);
  await revealApi(page);
  // reveal.js's arrows and progress bar would cover the corners of pictures in the screenshots
  await page.addStyleTag({ content: '.reveal .controls, .reveal .progress { display: none !important; }' });
  await page.addScriptTag({ content: `const SHAPES = ${JSON.stringify(SHAPES)}; ${svgContent.toString()}` });
  const problems = [...errors];

  // Every slide fits, with its fragments shown.
  const slideCount = await page.evaluate(() => deck.getSlides().length);
  let tallest = 0;
  for (let i = 0; i < slideCount; i++) {
    await showSlide(page, i);
    const measure = () => page.evaluate((i) => {
      const slide = deck.getSlides()[i];
      const heading = slide.querySelector('h1, h2, h3');
      return { height: slide.scrollHeight, title: heading ? heading.textContent.replace('¶', '').trim() : '' };
    }, i);
    // Web fonts and MathJax may still be settling the layout: measure until it holds still.
    let { height, title } = await measure();
    for (let tries = 0; tries < 8; tries++) {
      await page.waitForTimeout(200);
      const again = await measure();
      if (again.height === height) break;
      height = again.height;
    }
    tallest = Math.max(tallest, height);
    if (height > SLIDE_HEIGHT) problems.push(`slide ${i + 1}${title ? ` "${title}"` : ''} is ${height} px tall (> ${SLIDE_HEIGHT})`);
  }

  // Every picture of the notebook is on a slide, with its content, drawn.
  const notebookPath = join(executedDir, `${name}.ipynb`);
  const expected = existsSync(notebookPath) ? expectedPictures(notebookPath) : null;
  if (!expected) problems.push(`no executed notebook ${notebookPath} to compare with`);
  const shown = await page.evaluate(() => [...document.querySelectorAll('.jp-OutputArea-output img, .jp-OutputArea-output svg')]
    .filter((e) => !e.closest('aside.notes') && !(e.tagName === 'svg' && e.parentElement.closest('svg')))
    .map((e, k) => {
      e.dataset.picture = k;
      const slide = deck.getSlides().indexOf(e.closest('section'));
      return e.tagName === 'IMG' ? { slide, src: e.getAttribute('src').replace(/\s/g, '') }
        : { slide, svg: svgContent(e) };
    }));
  if (expected) {
    if (shown.length !== expected.length) {
      problems.push(`the notebook has ${expected.length} pictures on its slides, the deck shows ${shown.length}`);
    }
    for (let k = 0; k < Math.min(shown.length, expected.length); k++) {
      const want = expected[k], got = shown[k];
      const what = `picture ${k + 1} (cell ${want.cell + 1})`;
      if (want.svg) {
        const wanted = await page.evaluate((svg) => svgContent(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement), want.svg);
        if (!got.svg) { problems.push(`${what}: an SVG in the notebook, an image in the deck`); continue; }
        if (got.svg !== wanted) problems.push(`${what}: the deck's SVG ${got.svg.slice(0, 120)} differs from the notebook's ${wanted.slice(0, 120)}`);
      } else if (got.src !== want.src) {
        problems.push(`${what}: the deck's image differs from the notebook's`);
        continue;
      }
      await showSlide(page, got.slide);
      const element = page.locator(`[data-picture="${k}"]`);
      const decoded = await element.evaluate((e) => e.tagName !== 'IMG' || (e.complete && e.naturalWidth > 0));
      // Shrunk to fit, a picture must stay about as large as in a notebook's column: a tall
      // strip squeezed into the slide's height passes the height check but cannot be read.
      const { onSlide, inNotebook } = await element.evaluate((e, column) => {
        const slide = e.closest('section');
        const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
        const img = e.tagName === 'IMG';
        const width = Number(e.getAttribute('width')) || (img ? e.naturalWidth : 0);
        const height = Number(e.getAttribute('height')) || (img ? e.naturalHeight * (width / e.naturalWidth) : 0);
        const box = e.getBoundingClientRect();
        // drawn inside its box keeping its proportions (object-fit: contain; SVG's default "meet")
        const drawn = Math.min(box.width / width, box.height / height) * width;
        return { onSlide: drawn / scale, inNotebook: Math.min(width, column) };
      }, NOTEBOOK_COLUMN);
      if (onSlide < MIN_SCALE * inNotebook) {
        problems.push(`${what} is ${Math.round(onSlide)} px wide on its slide, ${Math.round(inNotebook)} px in a notebook: too small to read`);
      }
      const colours = await coloursOnScreen(page, element);
      await element.screenshot({ path: join(pictures, `${name}-${k + 1}.png`) });
      pictureCount++;
      if (!decoded || colours < 3) problems.push(`${what} shows ${colours} colours on screen: not drawn`);
    }
  }

  // The first formula is typeset.
  const formulaSlide = await page.evaluate(() => deck.getSlides().findIndex((s) => s.querySelector('.MathJax_CHTML')));
  if (formulaSlide < 0) problems.push('no typeset formula (MathJax CommonHTML output) on any slide');
  else {
    await showSlide(page, formulaSlide);   // MathJax typesets the slide again when it is shown
    await page.waitForFunction((i) => deck.getSlides()[i].querySelector('.MathJax_CHTML'), formulaSlide);
    await page.evaluate((i) => { deck.getSlides()[i].querySelector('.MathJax_CHTML').dataset.formula = 'first'; }, formulaSlide);
    const formula = page.locator('[data-formula="first"]');
    const colours = await coloursOnScreen(page, formula);
    await page.screenshot({ path: join(shots, `${name}-formula.png`) });
    if (colours < 2) problems.push('the typeset formula is blank on screen');
  }

  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${deck} (${slideCount} slides, the tallest ${tallest} px; ${shown.length} pictures)`
    + (problems.length ? `\n       ${problems.join('\n       ')}` : ''));
  failures += problems.length > 0;
  await page.close();
}
await browser.close();
console.log(`slides: ${decks.length - failures} decks passed, ${failures} failed; `
  + `${pictureCount} pictures as shown on their slides in ${pictures}`);
process.exit(failures ? 1 : 0);
