// Opens the welcome notebook in a running classic Jupyter notebook server, in headless
// Chromium, runs all cells through the UI's menu (Cell > Run All), and checks in the page that
// the chart image is drawn and the HTML table displayed. Then a cell added at the end shows a
// slider: the classic notebook (Debian's widgets speak an older protocol) shows its one line of
// text saying that widgets need JupyterLab, and no error.
//   node tests/browser/notebook_ui.mjs URL SCREENSHOT
// URL: the notebook's address with its token, e.g. http://127.0.0.1:8890/notebooks/00-welcome.ipynb?token=T
// (the server should serve a copy of notebooks/: the added cell is not saved, but autosave may).
import { launch, coloursOnScreen } from './chromium.mjs';

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node tests/browser/notebook_ui.mjs URL SCREENSHOT');
  process.exit(2);
}

const WIDGET_CODE = 'new IntSlider("hidden units", 1, 16, 4)';
const WIDGET_FALLBACK = 'IntSlider(hidden units): widgets need JupyterLab (./dendrite course opens it)';

/** Runs a cell that shows a slider; the problems unless it shows exactly the fallback line. */
async function widgetFallbackProblems() {
  const index = await page.evaluate((code) => {
    const cell = Jupyter.notebook.insert_cell_at_bottom('code');
    cell.set_text(code);
    cell.execute();
    return Jupyter.notebook.ncells() - 1;
  }, WIDGET_CODE);
  const cell = page.locator('.cell').nth(index);
  await cell.locator('.input_prompt', { hasText: /In\s*\[\d+\]/ }).waitFor({ timeout: 60000 });
  await page.waitForTimeout(2000);             // the widget extension's own attempt at a view
  await cell.scrollIntoViewIfNeeded();
  const shown = (await cell.locator('.output_subarea').allInnerTexts()).map((text) => text.trim()).join(' | ');
  if (await cell.locator('.output_error').count()) return [`the slider's cell shows an error: ${shown.split('\n')[0]}`];
  return shown === WIDGET_FALLBACK ? [] : [`the slider's cell shows "${shown}" instead of "${WIDGET_FALLBACK}"`];
}

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
const problems = [];
try {
  await page.goto(url);
  await page.waitForSelector('#notebook-container .cell', { timeout: 60000 });
  // The kernel has started when the indicator in the toolbar says idle.
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 120000 });
  await page.click('#celllink');          // the "Cell" menu
  await page.click('#run_all_cells');     // "Run All"
  const codeCells = await page.locator('.code_cell').count();
  // Each cell shows "In [n]:" once it has run, "In [*]:" while it waits or runs.
  await page.waitForFunction((count) => {
    const prompts = [...document.querySelectorAll('.code_cell .input_prompt')].map((p) => p.textContent);
    return prompts.length === count && prompts.every((p) => /In\s*\[\d+\]/.test(p));
  }, codeCells, { timeout: 180000 });

  const errors = await page.locator('.output_error').count();
  if (errors) problems.push(`${errors} cell(s) show an error`);
  const chart = page.locator('.output_png img').first();
  if (await chart.count() === 0) problems.push('no chart image in the page');
  else if (await coloursOnScreen(page, chart) < 8) problems.push('the chart image is blank on screen');
  const table = page.locator('.output_html table').first();
  if (await table.count() === 0) problems.push('no HTML table in the page');
  else if (!(await table.isVisible())) problems.push('the HTML table is not visible');
  else if (await table.locator('tr').count() < 2) problems.push('the HTML table has no rows');
  problems.push(...await widgetFallbackProblems());
} catch (e) {
  problems.push(e.message.split('\n')[0]);
} finally {
  await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  await browser.close();
}
console.log(`${problems.length ? 'FAIL' : 'ok  '} welcome notebook in the browser ${problems.join('; ')}`
    + ` (screenshot ${screenshot})`);
process.exit(problems.length ? 1 : 0);
