// Browser end-to-end test of the `mll serve` page in headless Debian chromium, driven by playwright-core.
// usage: node e2e.mjs BASE_URL FIXTURE_DIR SCREENSHOT_DIR
// FIXTURE_DIR is what `java -jar mll4j-testkit.jar DIR` wrote (uploads/, packages/vlm-d/); the server serves its hub.
// Each step checks what a user would see; the first failed check ends the run with exit code 1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, fixture, shots] = process.argv.slice(2);
if (!base || !fixture || !shots) {
  console.error('usage: node e2e.mjs BASE_URL FIXTURE_DIR SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const uploads = join(fixture, 'uploads');
const STEP_TIMEOUT = 20_000;

function check(condition, message) {
  if (!condition) throw new Error('check failed: ' + message);
  console.log('  ok  ' + message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // the machine's network is closed: without these, chromium keeps trying to reach Google's hosts
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
let failed = false;
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.setDefaultTimeout(STEP_TIMEOUT);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
// one section only: smaller files for the views that do not need the whole page
const shotOf = async (selector, name) => {
  await page.locator(selector).screenshot({ path: join(shots, name) });
  console.log('  screenshot ' + join(shots, name));
};
// the page from the top of one section to the bottom of another
const shotOfRange = async (from, to, name) => {
  const box = await page.evaluate(([a, b]) => {
    const top = document.querySelector(a).getBoundingClientRect().top + window.scrollY;
    const bottom = document.querySelector(b).getBoundingClientRect().bottom + window.scrollY;
    return { x: 0, y: Math.max(0, top - 8), width: document.documentElement.clientWidth, height: bottom - top + 16 };
  }, [from, to]);
  await page.screenshot({ path: join(shots, name), fullPage: true, clip: box });
  console.log('  screenshot ' + join(shots, name));
};
const row = (cls) => page.locator(`#classes-table tr[data-class="${cls}"]`);

try {
  console.log('1. open the page');
  await page.goto(base);
  await page.waitForFunction(() => /5 model\(s\)/.test(document.getElementById('status').textContent));
  await page.waitForSelector('#models tbody tr[data-model="vlm-c"]');
  await page.waitForSelector('#plots figure');
  check(await page.locator('#models tbody tr').count() === 5,
    'the hub view lists the five test models (3 VLMs, 2 experts)');
  check(await page.locator('#plots figure').count() === 1, 'the benchmark plot of the docs folder is shown');
  await page.waitForSelector('#coverage tbody tr[data-model="warm"]');
  const regions = await page.locator('#coverage thead th')
    .evaluateAll((n) => n.slice(2).map((x) => x.firstChild.textContent));
  check(JSON.stringify(regions) === JSON.stringify(['chromatic color', 'red', 'yellow', 'green', 'blue']),
    `the coverage map has one column per node of the 5-node graph: ${regions}`);
  check(await page.locator('#coverage tbody tr').count() === 5, 'and one row per labeled model');
  const coverageCell = (model, column) => page.locator(`#coverage tr[data-model="${model}"] td`).nth(column + 1);
  check((await coverageCell('warm', 4).textContent()) === '0%'
    && (await coverageCell('warm', 1).textContent()) === '100%',
    'warm [red, yellow] covers red and not blue');
  const redOfA = await coverageCell('vlm-a', 1).getAttribute('title');
  check((await coverageCell('vlm-a', 1).textContent()) === '0.00' && redOfA.includes('mean F1 0.000'),
    `vlm-a (sees red as yellow) scores F1 0 on red, with the number in the tooltip: ${redOfA}`);

  console.log('2. create a task whose last class the graph does not cover');
  await page.fill('#classes', 'red, yellow, green, sky');
  await page.click('#select-button');
  await page.waitForSelector('#task-error:not([hidden])');
  const refusal = await page.textContent('#task-error');
  check(refusal.includes('422') && refusal.includes('[classes]') && refusal.includes("'sky'"),
    `an uncovered class is refused naming the field and the class: ${refusal.trim().slice(0, 80)}…`);
  await page.check('#allow-uncovered');
  await page.click('#select-button');
  await page.waitForSelector('#classes-table tr[data-class="sky"]');
  check(await page.locator('#classes-table tbody tr[data-class]').count() === 4, 'four classes are matched');
  check(await row('sky').locator('.badge.warn').count() === 1, "'sky' is flagged uncovered");
  check((await row('red').locator('[data-testid=synset]').textContent()).includes('n04962784'),
    "'red' is matched to the synset red (n04962784)");
  check((await row('red').locator('.chosen').first().getAttribute('data-model')) === 'vlm-b',
    "vlm-b (right on red) is chosen for 'red'");
  check(await page.locator('#heatmap tbody tr').count() === 3
    && await page.locator('#heatmap td.chosen-cell').count() === 4, 'the heat map shows 3 models × 4 classes, 4 chosen');
  await shotOfRange('header', '#selection-section', '01-task-selection.png');

  console.log("3. change the synset of 'sky' to blue");
  await row('sky').locator('[data-testid=synset]').click();
  const picker = page.locator('tr[data-picker="sky"]');
  await picker.locator('ul.candidates li button').first().waitFor();
  check(await picker.locator('button[data-wnid]:disabled').count() > 0, "WordNet's senses of 'sky' are listed, outside the graph");
  await picker.locator('input[type=search]').fill('blue');
  await picker.locator('input[type=search]').press('Enter');
  const blue = picker.locator('button[data-wnid="n04968895"]');
  await blue.waitFor();
  check(await blue.isEnabled(), 'the colour blue (n04968895) is a graph node and can be picked');
  await shotOf('#selection-section', '02-synset-picker.png');
  const before = await page.textContent('#task-id');
  await blue.click();
  await page.waitForFunction((id) => document.getElementById('task-id').textContent !== id, before);
  check((await row('sky').locator('[data-testid=synset]').textContent()).includes('n04968895'), "'sky' now means blue");
  check(await row('sky').locator('.badge', { hasText: 'pinned' }).count() === 1
    && await row('sky').locator('.badge.warn').count() === 0, "'sky' is pinned and covered");
  check((await page.textContent('#pins')).includes('sky → blue'), 'the pin is shown above the button');
  await shotOfRange('#task-section', '#selection-section', '03-synset-changed.png');

  console.log('4. upload images, read the predictions');
  const files = ['red-0.png', 'yellow-1.png', 'green-2.png', 'blue-1.png', 'broken.png'].map((f) => join(uploads, f));
  await page.setInputFiles('#file-input', files);
  await page.waitForSelector('#predictions tbody tr[data-image="broken.png"]');
  const labels = {};
  for (const f of ['red-0.png', 'yellow-1.png', 'green-2.png', 'blue-1.png']) {
    labels[f] = (await page.textContent(`#predictions tr[data-image="${f}"] td.label`)).trim();
  }
  check(labels['red-0.png'] === 'red' && labels['yellow-1.png'] === 'yellow' && labels['green-2.png'] === 'green',
    `the red, yellow and green images get their colours: ${JSON.stringify(labels)}`);
  check(labels['blue-1.png'] === 'sky', "the blue image is labeled 'sky' (the class pinned to blue)");
  const redBar = page.locator('#predictions tr[data-image="red-0.png"] .bar .seg');
  check(await redBar.count() >= 1 && (await redBar.first().textContent()) === 'vlm-b',
    "the red image's vote comes from vlm-b, the model chosen for 'red'");
  check((await page.textContent('#predictions tr[data-image="broken.png"]')).includes('broken.png:'),
    'the corrupt upload gets its own error row; the others are still predicted');
  await shotOf('#predict-section', '04-predictions.png');

  console.log('5. a CHCO task: expert heads, the patch, the estimate; fused predictions with margins');
  await page.check('[data-testid=method-chco]');
  check(await page.locator('#budget').isVisible() && !(await page.locator('#k').isVisible()),
    'the CHCO switches (budget, τ, patch) replace k');
  await page.fill('#classes', 'red, yellow, green, blue');
  await page.click('#select-button');
  await page.waitForSelector('#chco-classes tr[data-class="blue"]');
  const heads = await page.locator('#heads-table tbody tr')
    .evaluateAll((n) => n.map((x) => `${x.dataset.head}:${x.dataset.role}`));
  check(JSON.stringify(heads) === JSON.stringify(['cool:expert', 'warm:expert', 'vlm-a:patch']),
    `both experts are chosen and vlm-a patches: ${heads}`);
  const chcoRow = (cls) => page.locator(`#chco-classes tr[data-class="${cls}"]`);
  check(await chcoRow('red').getAttribute('data-route') === 'experts'
    && (await chcoRow('red').locator('.coverer.chosen[data-head="warm"]').textContent()).includes('100.0%'),
    "'red' goes to the experts: warm covers it, chosen, 100% alone");
  const blueWhy = await chcoRow('blue').locator('.why').textContent();
  check(await chcoRow('blue').getAttribute('data-route') === 'patch-below-tau' && blueWhy.includes('vlm-a'),
    `'blue' goes to the patch, and why: ${blueWhy}`);
  const estimate = await page.textContent('[data-testid=chco-estimate]');
  check(estimate.includes('75.0% with the experts alone'), `the estimate is shown: ${estimate.trim()}`);
  check((await page.textContent('#chco-search')).includes('exact over 2 candidate expert(s)'),
    'the search is summarised');
  await shotOf('#selection-section', '06-chco-selection.png');
  const colours = ['red-0.png', 'yellow-1.png', 'green-2.png', 'blue-1.png'];
  await page.setInputFiles('#file-input', colours.map((f) => join(uploads, f)));
  await page.waitForSelector('#predictions tbody tr[data-image="blue-1.png"] .margin-row');
  const fused = {};
  for (const f of colours) {
    fused[f] = (await page.locator(`#predictions tr[data-image="${f}"] td.label strong`).textContent()).trim();
  }
  check(Object.entries(fused).every(([f, label]) => f.startsWith(label + '-')),
    `the fusion labels every colour: ${JSON.stringify(fused)}`);
  const blueImage = page.locator('#predictions tr[data-image="blue-1.png"]');
  check(await blueImage.locator('.margin-row').count() === 3, "each of the three heads' margins is shown");
  check(await blueImage.locator('.margin-row[data-head="warm"] .margin-bar.against').count() === 1
    && await blueImage.locator('.margin-row[data-head="vlm-a"] .margin-bar.for').count() === 1,
    'on the blue image warm (says red) argues against, vlm-a for');
  check((await blueImage.textContent()).includes('runner-up red'), 'the runner-up is shown');
  await shotOf('#predict-section', '07-chco-predictions.png');

  console.log('6. register a model through the page; it is labeled, then chosen');
  await page.check('[data-testid=method-mll]');
  await page.click('#hub-section summary');
  await page.setInputFiles('#register-manifest', join(fixture, 'packages', 'vlm-d', 'manifest.json'));
  await page.setInputFiles('#register-files', join(fixture, 'packages', 'vlm-d', 'tower.onnx'));
  await page.click('#register-form button[type=submit]');
  await page.waitForFunction(() => /Registered vlm-d/.test(document.getElementById('register-result').textContent));
  check(true, 'vlm-d is admitted through the hub checker');
  const deadline = Date.now() + STEP_TIMEOUT;
  let labeled = false;
  while (!labeled && Date.now() < deadline) {
    const models = await (await page.request.get(base + 'models')).json();
    labeled = models.some((m) => m.id === 'vlm-d' && m.labeled && m.labeled.paper);
    if (!labeled) await page.waitForTimeout(300);
  }
  check(labeled, 'vlm-d is labeled in the background');
  await page.click('#select-button');
  await page.waitForFunction(() => document.querySelectorAll('#heatmap tbody tr').length === 4);
  const chosen = await page.locator('#classes-table .chosen').evaluateAll((n) => n.map((x) => x.dataset.model));
  check(chosen.length === 4 && chosen.every((m) => m === 'vlm-d'), `vlm-d (right on every colour) is chosen for every class: ${chosen}`);
  await page.waitForFunction(() => /^yes/.test(document.querySelector('#models tr[data-model="vlm-d"] td:nth-child(7)').textContent));
  check(true, "the hub view shows vlm-d labeled");
  await page.waitForSelector('#coverage tbody tr[data-model="vlm-d"]');
  const dValues = await page.locator('#coverage tr[data-model="vlm-d"] td')
    .evaluateAll((n) => n.slice(1).map((x) => x.textContent));
  check(JSON.stringify(dValues) === JSON.stringify(['–', '1.00', '1.00', '1.00', '1.00']),
    `the coverage map gains vlm-d's row, right on every colour: ${dValues}`);
  await shotOf('#hub-section', '05-hub-registered.png');
  await shotOf('#coverage', '08-hub-coverage.png');
  check(pageErrors.length === 0, 'no script error on the page' + (pageErrors.length ? ': ' + pageErrors.join('; ') : ''));
} catch (e) {
  failed = true;
  console.error('FAILED: ' + e.message);
  if (pageErrors.length) console.error('  script errors on the page: ' + pageErrors.join('; '));
  const where = join(process.env.FAILURE_DIR || shots, 'failure.png');
  await page.screenshot({ path: where, fullPage: true }).then(() => console.error('  page at failure: ' + where)).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
