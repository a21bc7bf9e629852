// The course in JupyterLab, in headless Chromium, as a student uses it (the notebooks first, so
// that their screenshots show the course's folder as it is):
//  - every course notebook opened through the file browser and run with Run > Run All Cells: no
//    error output, every chart an image with a drawn (non-blank) area, every table an HTML table;
//    a screenshot of each is kept;
//  - the live training chart of notebook 07 replaced in place (one output, several images) and
//    ending with the final chart;
//  - widgets, while the notebook's kernel still runs after Run All: dragging the learning-rate
//    slider of notebook 03 and of the playground (11) with the mouse redraws its picture with no
//    error; the playground's Play button trains (the run's step count grows) and Pause stops it
//    (screenshots optimization-dragged.png, playground-dragged.png, playground-played.png);
//  - in a notebook of its own: Tab after `Tensor.randn(2, 3).` lists tensor methods; the
//    inspector and Shift+Tab show the Javadoc of matmul with the cursor on its name; the stop
//    button ends `while (true) {}` and the next cell still sees earlier variables; output that a
//    thread prints after its cell finished shows on that cell; Kernel > Restart Kernel gives a
//    fresh kernel that runs the next cell.
//   node tests/browser/lab.mjs URL FOLDER SCREENSHOTS
// URL: the server's address with its token, e.g. http://127.0.0.1:8890/?token=T; FOLDER: the
// folder the server serves (a copy of notebooks/: the test saves the notebooks it runs).
import fs from 'fs';
import path from 'path';
import { launch, coloursOnScreen } from './chromium.mjs';

const [url, folder, screenshots] = process.argv.slice(2);
if (!url || !folder || !screenshots) {
  console.error('usage: node tests/browser/lab.mjs URL FOLDER SCREENSHOTS');
  process.exit(2);
}
const server = new URL(url);
const token = server.searchParams.get('token');
const api = (route) => `${server.origin}/api/${route}?token=${token}`;
const NOTEBOOK_MINUTES = 10;
const TRAINING_NOTEBOOK = '07-training-in-practice.ipynb';
const OPTIMIZATION_NOTEBOOK = '03-optimization.ipynb';
const PLAYGROUND_NOTEBOOK = '11-playground.ipynb';
const CHECKS_NOTEBOOK = 'lab-checks.ipynb';
fs.mkdirSync(screenshots, { recursive: true });

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const results = [];

/** Runs one named check; a failure is recorded with its first line, and the run goes on. */
async function check(name, body) {
  const started = Date.now();
  let problems;
  try {
    problems = (await body()) || [];
  } catch (e) {
    problems = [e.message.split('\n')[0]];
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name} (${seconds} s) ${problems.join('; ')}`);
  results.push(problems.length === 0);
}

/** Clicks a top menu (File, Run, Kernel, ...) and then one of its items, by their labels. */
async function menu(top, item) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: new RegExp(`^${top}$`) }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: item }).first().click();
}

/** The notebook in the current tab. */
const notebook = () => page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');

/** Waits until the notebook's kernel reports idle in its toolbar. */
async function kernelIdle(minutes = 2) {
  await notebook().locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]').waitFor({ timeout: minutes * 60000 });
}

/**
 * Waits until the server says the notebook's kernel has started and is idle. A kernel still
 * "starting" after a minute is restarted once, with a WARN line: now and then (about one start
 * in twenty here) the server never hears from a new kernel; the restarted one answers.
 */
async function kernelStarted(name, minutes = 3) {
  const started = Date.now();
  let restarted = false;
  for (;;) {
    const sessions = await (await fetch(api('sessions'))).json();
    const session = sessions.find((s) => s.path.endsWith(name));
    if (session?.kernel.execution_state === 'idle') return;
    if (session && !restarted && Date.now() - started > 60000) {
      console.log(`WARN the kernel of ${name} is still ${session.kernel.execution_state} after 60 s: restarting it`);
      await fetch(api(`kernels/${session.kernel.id}/restart`), { method: 'POST' });
      restarted = true;
    }
    if (Date.now() - started > minutes * 60000) {
      throw new Error(`the kernel of ${name} is ${session ? session.kernel.execution_state : 'not started'} after ${minutes} min`);
    }
    await page.waitForTimeout(250);
  }
}

/** Waits until no code cell of the notebook waits or runs ("[*]:"), then for the kernel to idle. */
async function cellsDone(minutes) {
  await page.waitForFunction(() => {
    const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
    const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map((p) => p.textContent);
    return prompts.length > 0 && prompts.every((p) => !p.includes('*'));
  }, null, { timeout: minutes * 60000, polling: 500 });
  await kernelIdle(minutes);
}

/** Opens a notebook by double-clicking its name in the file browser; waits for its kernel to start. */
async function openFromFileBrowser(name) {
  await page.locator('.jp-DirListing-item', { hasText: name }).dblclick();
  await notebook().locator('.jp-Notebook').waitFor();
  await page.waitForFunction((title) => document.querySelector('#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current')
    ?.textContent.includes(title), name);
  // The server's word, not the toolbar's: JupyterLab's kernel status now and then stays "Unknown"
  // until the kernel's first message after the page connected (Run All sends one).
  await kernelStarted(name);
}

/** The time the server last wrote a file of the served folder. */
async function lastModified(name) {
  return (await (await fetch(api(`contents/${encodeURIComponent(name)}`) + '&content=0')).json()).last_modified;
}

/** Saves the notebook in the current tab (Ctrl+S) and waits until the server has written it. */
async function save(name) {
  const before = await lastModified(name);
  await page.keyboard.press('Control+s');
  const deadline = Date.now() + 60000;
  while (await lastModified(name) === before) {
    if (Date.now() > deadline) throw new Error(`${name} was not saved within a minute`);
    await page.waitForTimeout(200);
  }
  await page.waitForFunction(() => !document.querySelector('#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current.jp-mod-dirty'));
}

/** Closes the notebook's tab (the notebook saved). */
async function closeTab(name) {
  await page.locator('#jp-main-dock-panel .lm-TabBar-tab', { hasText: name }).locator('.lm-TabBar-tabCloseIcon').click();
}

/** Shuts every kernel of the server down, so that one notebook's kernel runs at a time (2 GB each). */
async function shutDownKernels() {
  const sessions = await (await fetch(api('sessions'))).json();
  for (const session of sessions) await fetch(api(`sessions/${session.id}`), { method: 'DELETE' });
}

/**
 * Records, every 100 ms while a notebook runs, each image shown at each output position of each
 * cell: window.shownImages[cell][output] is the list of distinct images seen there.
 */
async function watchImages() {
  await page.evaluate(() => {
    window.shownImages = {};
    window.imageWatch = setInterval(() => {
      const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
      panel.querySelectorAll('.jp-Cell').forEach((cell, c) => {
        cell.querySelectorAll('.jp-OutputArea-child').forEach((output, o) => {
          const src = output.querySelector('img')?.src;
          if (!src) return;
          const seen = ((window.shownImages[c] ??= {})[o] ??= []);
          const key = src.length + ':' + src.slice(-64);
          if (seen[seen.length - 1] !== key) seen.push(key);
        });
      });
    }, 100);
  });
}

async function stopWatchingImages() {
  return page.evaluate(() => { clearInterval(window.imageWatch); return window.shownImages; });
}

/** The problems of a saved notebook's outputs and of its page: errors, blank charts, tables. */
async function courseNotebookProblems(name) {
  const problems = [];
  const saved = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
  const outputs = saved.cells.flatMap((cell) => cell.outputs || []);
  for (const error of outputs.filter((o) => o.output_type === 'error')) {
    problems.push(`error output: ${error.ename}: ${error.evalue.split('\n')[0]}`);
  }
  const missing = saved.cells.filter((c) => c.cell_type === 'code' && c.source.length && !c.execution_count);
  if (missing.length) problems.push(`${missing.length} code cell(s) did not run`);
  // Charts are PNG, graphs SVG: JupyterLab shows each such output as one img.
  const pictures = outputs.filter((o) => Object.keys(o.data || {}).some((type) => type.startsWith('image/'))).length;
  const images = notebook().locator('.jp-OutputArea-output img');
  if (await images.count() !== pictures) problems.push(`${await images.count()} images shown for ${pictures} image outputs`);
  for (let i = 0; i < await images.count(); i++) {
    if (await coloursOnScreen(page, images.nth(i)) < 8) problems.push(`image ${i + 1} is blank on screen`);
  }
  const htmlTables = outputs.filter((o) => String(o.data?.['text/html'] ?? '').includes('<table')).length;
  const tables = notebook().locator('.jp-RenderedHTMLCommon table');
  if (await tables.count() < htmlTables) problems.push(`${await tables.count()} tables shown for ${htmlTables} HTML tables`);
  for (let i = 0; i < await tables.count(); i++) {
    await tables.nth(i).scrollIntoViewIfNeeded();
    if (!(await tables.nth(i).isVisible()) || await tables.nth(i).locator('tr').count() < 2) {
      problems.push(`table ${i + 1} is not shown with rows`);
    }
  }
  return problems;
}

/** The live chart of the first training cell: shown at one output position, several times. */
function liveChartProblems(name, shown) {
  const saved = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
  const cell = saved.cells.findIndex((c) => c.cell_type === 'code' && c.source.join('').includes('.fit('));
  const pngs = saved.cells[cell].outputs.filter((o) => o.data?.['image/png']);
  if (pngs.length !== 1) return [`training cell ${cell} saved ${pngs.length} charts, not one replaced in place`];
  const positions = Object.values(shown[cell] || {});
  const live = positions.find((images) => images.length >= 2);
  if (!live) return [`training cell ${cell}'s chart was never replaced (images per output: ${positions.map((p) => p.length)})`];
  const final = pngs[0].data['image/png'].replace(/\n/g, '');
  const last = live[live.length - 1];
  if (!last.endsWith(final.slice(-64))) return ['the live chart does not end with the final chart'];
  console.log(`     live chart of ${name} cell ${cell}: ${live.length} images in one output`);
  return [];
}

/** The slider labelled `label` in the current notebook (ipywidgets' noUiSlider). */
const sliderSelector = (label) => `.widget-slider:has(.widget-label:text-is("${label}"))`;
const slider = (label) => notebook().locator(sliderSelector(label));

/** The code cell that shows the widget `selector`. */
const cellShowing = (selector) => notebook().locator('.jp-CodeCell', { has: page.locator(selector) });

/** A key for the picture a widget's cell shows now (its img's data URL, shortened), or null. */
async function pictureOf(cell) {
  const image = cell.locator('.jp-OutputArea-output img').last();
  if (await image.count() === 0) return null;
  const src = await image.getAttribute('src');
  return src && `${src.length}:${src.slice(-64)}`;
}

/** Waits until the cell's picture is no longer `before`; returns the new one. */
async function pictureChanges(cell, before, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const now = await pictureOf(cell);
    if (now && now !== before) return now;
    if (Date.now() > deadline) throw new Error(`the picture did not change within ${seconds} s`);
    await page.waitForTimeout(200);
  }
}

/** Errors a widget's cell shows: error and stderr outputs, a failed view, a widget that did not render. */
async function widgetErrors(cell) {
  const problems = [];
  const errors = cell.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], .jp-OutputArea-output.jp-mod-error');
  if (await errors.count()) problems.push(`the cell shows an error: ${(await errors.first().innerText()).split('\n')[0]}`);
  const text = await cell.locator('.jp-OutputArea').innerText();
  for (const sign of ['The view failed', 'Error displaying widget', 'widgets need JupyterLab']) {
    if (text.includes(sign)) problems.push(`the cell shows "${sign}"`);
  }
  return problems;
}

/**
 * Drags the slider labelled `label` to the right with the mouse, as a student does; checks
 * that its value and its cell's picture change, and that no error shows.
 */
async function dragSlider(label, pixels) {
  const control = slider(label);
  await control.scrollIntoViewIfNeeded();
  const cell = cellShowing(sliderSelector(label));
  const readout = control.locator('.widget-readout');
  const valueBefore = await readout.innerText();
  const pictureBefore = await pictureOf(cell);
  if (!pictureBefore) return [`no picture under the slider "${label}"`];
  const handle = control.locator('.noUi-handle');
  const box = await handle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + pixels, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  const valueAfter = await readout.innerText();
  if (valueAfter === valueBefore) return [`the slider "${label}" still reads ${valueBefore} after the drag`];
  await pictureChanges(cell, pictureBefore);
  await page.waitForTimeout(1500);             // the last redraw of the drag
  console.log(`     ${label}: ${valueBefore} -> ${valueAfter}, picture redrawn`);
  return widgetErrors(cell);
}

/** Runs `code` in a new cell at the end of the notebook; returns its output text. */
async function runAtEnd(code) {
  await notebook().locator('.jp-Cell').last().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  await page.keyboard.type(code);
  await page.keyboard.press('Control+Enter');
  await cellsDone(1);
  return (await notebook().locator('.jp-Cell').last().locator('.jp-OutputArea-output').innerText()).trim();
}

/** The playground's Play button trains a round per tick; Pause stops the training. */
async function playAndPause() {
  const rounds = async () => Number(await runAtEnd('run.rounds'));
  const before = await rounds();
  const play = notebook().locator('.widget-play');
  await play.scrollIntoViewIfNeeded();
  const cell = cellShowing('.widget-play');
  let picture = await pictureOf(cell);
  await play.locator('button:has(.fa-play)').click();
  for (let redraws = 0; redraws < 3; redraws++) picture = await pictureChanges(cell, picture, 30);
  await play.locator('button:has(.fa-pause)').click();
  await page.waitForTimeout(3000);             // a redraw under way when Pause was pressed ends
  const paused = await rounds();
  await page.waitForTimeout(3000);
  const later = await rounds();
  await page.screenshot({ path: path.join(screenshots, 'playground-played.png') });
  console.log(`     Play, then Pause: rounds ${before} -> ${paused}, 3 s later ${later}`);
  const problems = await widgetErrors(cell);
  if (!(paused > before)) problems.push(`Play did not train: ${before} rounds before, ${paused} after`);
  if (later !== paused) problems.push(`Pause did not stop the training: ${paused} rounds, 3 s later ${later}`);
  return problems;
}

/** Checks of each notebook's widgets, run after its Run All while its kernel still runs. */
const widgetChecks = {
  [OPTIMIZATION_NOTEBOOK]: [
    ['dragging the learning-rate slider redraws the descent', async () => {
      const problems = await dragSlider('η', 12);
      await page.screenshot({ path: path.join(screenshots, 'optimization-dragged.png') });
      return problems;
    }],
  ],
  [PLAYGROUND_NOTEBOOK]: [
    ['dragging the learning-rate slider redraws the playground', async () => {
      const problems = await dragSlider('learning rate', 25);
      await cellShowing(sliderSelector('learning rate')).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshots, 'playground-dragged.png') });
      return problems;
    }],
    ['Play trains the playground, Pause stops it', playAndPause],
  ],
};

/** Runs every course notebook (whose name starts with prefix) through the file browser and Run > Run All Cells. */
async function courseNotebooks(prefix) {
  const names = fs.readdirSync(folder).filter((n) => /^\d\d-.*\.ipynb$/.test(n) && n.startsWith(prefix)).sort();
  for (const name of names) {
    await check(`${name}: Run All in JupyterLab`, async () => {
      try {
        await openFromFileBrowser(name);
        await watchImages();
        await menu('Run', 'Run All Cells');
        await cellsDone(NOTEBOOK_MINUTES);
        const shown = await stopWatchingImages();
        await save(name);
        const problems = await courseNotebookProblems(name);
        if (name === TRAINING_NOTEBOOK) problems.push(...liveChartProblems(name, shown));
        const firstImage = notebook().locator('.jp-OutputArea-output img').first();
        if (await firstImage.count()) await firstImage.scrollIntoViewIfNeeded();   // the screenshot shows a chart
        await page.screenshot({ path: path.join(screenshots, name.replace('.ipynb', '.png')) });
        if (!widgetChecks[name]) await closeTab(name);
        return problems;
      } catch (e) {
        await page.screenshot({ path: path.join(screenshots, name.replace('.ipynb', '-failed.png')) });
        throw e;
      }
    });
    for (const [what, body] of widgetChecks[name] || []) {
      await check(`${name}: ${what}`, async () => {
        try {
          return await body();
        } catch (e) {
          await page.screenshot({ path: path.join(screenshots, name.replace('.ipynb', '-widgets-failed.png')) });
          throw e;
        }
      });
    }
    if (widgetChecks[name]) {
      // The checks ran cells and redrew pictures: saved, and what a failed check left unsaved is
      // discarded, so that no "save your work?" dialog stays over the next notebook.
      await save(name).catch(() => {});
      await closeTab(name).catch(() => {});
      const discard = page.locator('.jp-Dialog .jp-Dialog-button', { hasText: 'Discard' });
      await discard.waitFor({ timeout: 2000 }).then(() => discard.click(), () => {});
    }
    await shutDownKernels();
  }
}

/** Writes the notebook of the interactive checks into the served folder, one cell per check. */
function writeChecksNotebook() {
  const cell = (source) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });
  const cells = [
    cell(''),                                   // completer: typed
    cell(''),                                   // Shift+Tab and inspector: typed
    cell('int kept = 42;'),
    cell('while (true) {}'),
    cell('kept + 1'),
    cell('int runs = 0;'),
    cell('{\n    int run = ++runs;\n    new Thread(() -> {\n        try { Thread.sleep(1500); } catch (InterruptedException e) { }\n'
      + '        System.out.println("late line of run " + run);\n    }).start();\n}'),
    cell('"fresh kernel: " + (6 * 7)'),  // after the restart
  ];
  const kernelspec = JSON.parse(fs.readFileSync(path.join(folder, '00-welcome.ipynb'), 'utf8')).metadata.kernelspec;
  fs.writeFileSync(path.join(folder, CHECKS_NOTEBOOK), JSON.stringify(
    { cells, metadata: { kernelspec }, nbformat: 4, nbformat_minor: 5 }, null, 1));
}

const cellAt = (i) => notebook().locator('.jp-Cell').nth(i);

/** Puts the cursor in cell i's editor, at the end of its text (command mode is left). */
async function editCell(i) {
  await cellAt(i).locator('.CodeMirror').click();
  await page.keyboard.press('Control+End');
}

/** Runs cell i with Shift+Enter. */
async function runCell(i) {
  await editCell(i);
  await page.keyboard.press('Shift+Enter');
}

const outputText = (i) => cellAt(i).locator('.jp-OutputArea').innerText();

async function interactiveChecks() {
  writeChecksNotebook();
  await page.locator('.jp-FileBrowser-toolbar [title="Refresh File List"], .jp-FileBrowser-toolbar button[title*="Refresh"]').first().click();
  await openFromFileBrowser(CHECKS_NOTEBOOK);

  await check('completer: Tab after Tensor.randn(2, 3). lists tensor methods', async () => {
    await editCell(0);
    await page.keyboard.type('Tensor.randn(2, 3).');
    await page.keyboard.press('Tab');
    const completer = page.locator('.jp-Completer:not(.lm-mod-hidden)');
    await completer.waitFor({ timeout: 30000 });
    const items = await completer.locator('.jp-Completer-item').allInnerTexts();
    await page.screenshot({ path: path.join(screenshots, 'completer.png') });
    await page.keyboard.press('Escape');
    return ['matmul', 'relu', 'sum'].filter((m) => !items.some((t) => t.trim().startsWith(m)))
      .map((m) => `${m} not among the ${items.length} completions`);
  });

  await check('Shift+Tab: Javadoc of matmul with the cursor after its name', async () => {
    await editCell(1);
    await page.keyboard.type('Tensor.randn(2, 3).matmul');  // the cursor after the name, no parenthesis
    await page.keyboard.press('Shift+Tab');
    const tooltip = page.locator('.jp-Tooltip');
    await tooltip.waitFor({ timeout: 30000 });
    const text = await tooltip.innerText();
    await page.keyboard.press('Escape');
    return text.includes('The matrix product') ? [] : [`the tooltip shows no Javadoc of matmul: ${text.slice(0, 80)}`];
  });

  await check('inspector: Javadoc of matmul with the cursor inside its name', async () => {
    await menu('Help', 'Show Contextual Help');
    const inspector = page.locator('.jp-Inspector-content');
    await editCell(1);
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Tensor.randn('.length; i++) await page.keyboard.press('ArrowRight');
    await inspector.filter({ hasText: 'randn(' }).waitFor({ timeout: 30000 });   // it documents randn first
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');        // then "mat|mul"
    await inspector.filter({ hasText: 'matmul(' }).waitFor({ timeout: 30000 });
    const text = await inspector.innerText();
    await page.screenshot({ path: path.join(screenshots, 'inspector.png') });
    await page.locator('.lm-TabBar-tab', { hasText: 'Contextual Help' }).locator('.lm-TabBar-tabCloseIcon').click();
    return text.includes('The matrix product') ? [] : [`no Javadoc in the inspector: ${text.slice(0, 80)}`];
  });

  await check('stop button ends while (true) {} and earlier variables stay', async () => {
    await runCell(2);
    await runCell(3);
    await cellAt(3).locator('.jp-InputPrompt', { hasText: '*' }).waitFor();
    await page.waitForTimeout(1500);
    await notebook().locator('.jp-Toolbar [data-command="kernelmenu:interrupt"]').click();
    await cellsDone(1);
    await runCell(4);
    await cellsDone(1);
    const text = await outputText(4);
    return text.includes('43') ? [] : [`the cell after the stop shows "${text.trim()}" instead of 43`];
  });

  await check('output a thread prints after its cell finished shows on that cell', async () => {
    await runCell(5);
    await runCell(6);
    await cellsDone(1);
    await cellAt(6).locator('.jp-OutputArea', { hasText: 'late line of run 1' }).waitFor({ timeout: 10000 });
    return [];
  });

  await check('Kernel > Restart Kernel gives a fresh kernel that runs the next cell', async () => {
    await menu('Kernel', 'Restart Kernel…');
    await page.locator('.jp-Dialog-button.jp-mod-accept').click();
    await page.waitForTimeout(1000);
    await kernelIdle();
    await runCell(7);
    await cellsDone(1);
    const text = await outputText(7);
    const prompt = await cellAt(7).locator('.jp-InputPrompt').innerText();
    if (!text.includes('fresh kernel: 42')) return [`after the restart the cell shows "${text.trim()}"`];
    return prompt.includes('[1]') ? [] : [`the first cell after the restart is numbered ${prompt}, not [1]`];
  });
  await page.screenshot({ path: path.join(screenshots, 'lab-checks.png') });
  await save(CHECKS_NOTEBOOK);
  await closeTab(CHECKS_NOTEBOOK);
  await shutDownKernels();
}

try {
  await page.goto(new URL(`lab?reset&token=${token}`, server).href);
  await page.locator('.jp-DirListing-item').first().waitFor({ timeout: 60000 });
  // LAB_ONLY=checks, or LAB_ONLY=07 (the notebooks whose names start so), to rerun a part.
  const only = process.env.LAB_ONLY;
  if (only !== 'checks') await courseNotebooks(only || '');
  if (!only || only === 'checks') await interactiveChecks();
} catch (e) {
  console.log(`FAIL JupyterLab did not load: ${e.message.split('\n')[0]}`);
  results.push(false);
} finally {
  await page.screenshot({ path: path.join(screenshots, 'last.png') }).catch(() => {});
  await browser.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`${failed ? 'FAIL' : 'ok  '} JupyterLab: ${results.length - failed} of ${results.length} checks passed`
  + ` (screenshots in ${screenshots})`);
process.exit(failed || results.length === 0 ? 1 : 0);
