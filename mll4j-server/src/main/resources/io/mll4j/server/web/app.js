// mll4j web page: plain JavaScript over the REST API (no build step). Text from the server or the user is always
// inserted as text nodes, never as HTML.
'use strict';

const state = { task: null, pins: {}, pickerFor: null, modelsTimer: null };

const $ = (id) => document.getElementById(id);

/** Creates an element: el('td', {class: 'x', onclick: f}, child, 'text', …). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(method, path, body, headers) {
  const response = await fetch(path, { method, body, headers });
  const text = await response.text();
  let data;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = { error: text }; }
  if (!response.ok) {
    const error = new Error((data && data.error) || response.statusText);
    error.field = data && data.field;
    error.status = response.status;
    throw error;
  }
  return data;
}

function showError(node, error) {
  node.hidden = !error;
  node.textContent = error ? `${error.status || ''} ${error.field ? '[' + error.field + '] ' : ''}${error.message}` : '';
}

const fmt = {
  score: (x) => (x === undefined || x === null ? '–' : Number(x).toFixed(1)),
  count(n) {
    if (n === undefined || n === null) return '–';
    const units = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
    for (const [v, u] of units) if (n >= v) return (n / v).toFixed(1) + u;
    return String(n);
  },
  bytes(n) {
    if (n === undefined || n === null) return '–';
    const units = [[1 << 30, 'GiB'], [1 << 20, 'MiB'], [1 << 10, 'KiB']];
    for (const [v, u] of units) if (n >= v) return (n / v).toFixed(1) + ' ' + u;
    return n + ' B';
  },
  ms: (x) => (x === undefined || x === null ? '–' : Number(x).toFixed(x < 1 ? 3 : 1)),
};

// ---- status and hub -------------------------------------------------------------------------------------------

async function loadStatus() {
  try {
    const h = await api('GET', '/health');
    $('status').textContent = `hub ${h.hub.directory} · ${h.hub.models} model(s) · graph ${h.graph.version.slice(0, 12)} `
      + `(${h.graph.nodes} nodes) · ${h.loadedModels.length} loaded`;
  } catch (e) {
    $('status').textContent = 'server unreachable: ' + e.message;
  }
}

async function loadModels() {
  const models = await api('GET', '/models');
  const body = $('models').tBodies[0];
  body.replaceChildren(...models.map((m) => el('tr', { dataset: { model: m.id } },
    el('td', {}, el('code', {}, m.id)),
    el('td', {}, m.kind),
    el('td', {}, m.textEncoder || '–'),
    el('td', { class: 'num' }, fmt.count(m.cost && m.cost.params)),
    el('td', { class: 'num' }, fmt.ms(m.cost && m.cost.msPerImage)),
    el('td', { class: 'num' }, fmt.bytes(m.cost && m.cost.fileBytes)),
    el('td', {}, m.labeled ? `${m.labeled.paper ? 'yes' : 'no'} / ${m.labeled.code ? 'yes' : 'no'}` : '–',
      m.labelJob && m.labelJob.state !== 'DONE' ? el('span', { class: 'badge' }, 'labeling: ' + m.labelJob.state.toLowerCase()) : null),
    el('td', {}, m.loaded ? 'yes' : 'no'))));
  // a model registered from here is labeled in the background: follow its job until it ends
  clearTimeout(state.modelsTimer);
  if (models.some((m) => m.labelJob && (m.labelJob.state === 'QUEUED' || m.labelJob.state === 'RUNNING'))) {
    state.modelsTimer = setTimeout(() => loadModels().catch(() => {}), 1000);
  }
}

async function loadPlots() {
  const { plots } = await api('GET', '/plots');
  $('plots-section').hidden = plots.length === 0;
  $('plots').replaceChildren(...plots.map((p) => el('figure', {},
    el('a', { href: '/plots/' + encodeURIComponent(p), target: '_blank' },
      el('img', { src: '/plots/' + encodeURIComponent(p), alt: p, loading: 'lazy' })),
    el('figcaption', {}, p))));
}

// ---- task and selection ---------------------------------------------------------------------------------------

function classNames() {
  return $('classes').value.split(',').map((s) => s.trim()).filter((s) => s);
}

function taskBody() {
  const classes = classNames();
  const pins = {};
  for (const c of classes) if (state.pins[c]) pins[c] = state.pins[c].id;
  return {
    classes,
    variant: $('variant').value,
    k: Number($('k').value),
    alpha: Number($('alpha').value),
    n: Number($('n').value),
    allowUncovered: $('allow-uncovered').checked,
    pins,
  };
}

async function selectModels() {
  showError($('task-error'), null);
  $('select-button').disabled = true;
  try {
    const task = await api('POST', '/tasks', JSON.stringify(taskBody()), { 'Content-Type': 'application/json' });
    state.task = task;
    state.pickerFor = null;
    renderSelection();
    $('predict-section').hidden = false;
    $('predictions').hidden = true;
    $('predictions').tBodies[0].replaceChildren();
    loadModels();
    loadStatus();
  } catch (e) {
    showError($('task-error'), e);
  } finally {
    $('select-button').disabled = false;
  }
}

function renderPins() {
  const classes = classNames();
  $('pins').replaceChildren(...Object.entries(state.pins).filter(([c]) => classes.includes(c)).map(([c, s]) =>
    el('span', { class: 'pin', dataset: { pin: c } }, `${c} → ${s.name} (${s.id})`,
      el('button', { type: 'button', title: 'remove pin', onclick: () => { delete state.pins[c]; renderPins(); selectModels(); } }, '×'))));
}

function renderSelection() {
  const task = state.task;
  const report = task.report;
  $('selection-section').hidden = false;
  $('task-id').textContent = task.id;
  const cost = report.cost;
  const parts = [
    `${report.classes.length} classes, ${report.candidates.length} candidate model(s), variant ${task.settings.variant}`
      + ` (α ${task.settings.alpha}, k ${task.settings.k}, n ${task.settings.n}).`,
    ` Cost: ${cost.models.length} model(s), ${fmt.ms(cost.msPerImage)} ms/image, ${fmt.count(cost.params)} parameters.`,
  ];
  if (report.estimatedAccuracy !== undefined) parts.push(` Estimated accuracy: ${(100 * report.estimatedAccuracy).toFixed(1)}%.`);
  if (task.unlabeled.length) parts.push(` Not labeled yet (left out): ${task.unlabeled.join(', ')}.`);
  $('summary').replaceChildren(...parts, ...report.uncovered.map((u) => el('div', { class: 'warning' },
    `'${u.className}' is not covered by the graph (best ${u.bestNode} ${u.bestName} at ${fmt.score(u.similarity)} < `
    + `${fmt.score(u.threshold)}): its models are a guess; pick its synset.`)));
  const body = $('classes-table').tBodies[0];
  body.replaceChildren();
  for (const c of report.classes) {
    const node = c.nodes[0];
    body.append(el('tr', { dataset: { class: c.name }, class: c.covered ? '' : 'uncovered' },
      el('td', {}, el('strong', {}, c.name), c.pinned ? el('span', { class: 'badge' }, 'pinned') : null,
        c.covered ? null : el('span', { class: 'badge warn' }, 'uncovered')),
      el('td', {},
        el('button', { type: 'button', class: 'synset', dataset: { testid: 'synset' }, title: 'change the synset',
          onclick: () => togglePicker(c.name) }, `${node.name} · ${node.id}`),
        el('span', { class: 'muted' }, ` similarity ${fmt.score(node.similarity)}, ${node.images} images`),
        el('div', { class: 'gloss' }, node.gloss),
        c.nodes.length > 1 ? el('div', { class: 'muted small' }, 'also: '
          + c.nodes.slice(1).map((n) => `${n.name} (${fmt.score(n.similarity)})`).join(', ')) : null),
      el('td', {}, c.chosen.map((s) => el('div', { class: 'chosen', dataset: { model: s.model } },
        el('code', {}, s.model), ` r ${fmt.score(s.reuseScore)}`,
        el('span', { class: 'muted' }, ` (s ${fmt.score(s.classScore)}, lead ${fmt.score(s.margin)})`)))),
      el('td', {}, c.runnersUp.length ? c.runnersUp.map((s) => el('div', { class: 'runner-up' },
        el('code', {}, s.model), ` r ${fmt.score(s.reuseScore)}`, el('span', { class: 'muted' }, ` −${fmt.score(s.margin)}`)))
        : el('span', { class: 'muted' }, 'none'))));
    if (state.pickerFor === c.name) body.append(pickerRow(c.name));
  }
  renderHeatmap(task);
}

function renderHeatmap(task) {
  const { models, classes, reuse } = task.scores;
  const all = reuse.flat();
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const chosen = new Set(Object.entries(task.selected).flatMap(([c, ms]) => ms.map((m) => m + '\u0000' + c)));
  const table = el('table', { class: 'heatmap' },
    el('thead', {}, el('tr', {}, el('th', {}, 'model'), classes.map((c) => el('th', {}, c)))),
    el('tbody', {}, models.map((m, i) => el('tr', {}, el('th', {}, el('code', {}, m)),
      classes.map((c, y) => {
        const v = reuse[i][y];
        const t = hi > lo ? (v - lo) / (hi - lo) : 1;
        return el('td', {
          class: chosen.has(m + '\u0000' + c) ? 'chosen-cell' : '',
          style: `background: hsl(210, 70%, ${Math.round(96 - 50 * t)}%); color: ${t > 0.6 ? '#fff' : '#111'}`,
          title: `${m} on ${c}: r = ${v.toFixed(2)}`,
        }, fmt.score(v));
      })))));
  $('heatmap').replaceChildren(table);
}

// ---- synset picker --------------------------------------------------------------------------------------------

function togglePicker(className) {
  state.pickerFor = state.pickerFor === className ? null : className;
  renderSelection();
}

function pickerRow(className) {
  const results = el('ul', { class: 'candidates', dataset: { testid: 'candidates' } });
  const input = el('input', { type: 'search', value: className, 'aria-label': 'search synsets', dataset: { testid: 'synset-search' } });
  const search = async () => {
    results.replaceChildren(el('li', { class: 'muted' }, 'searching…'));
    try {
      const found = await api('GET', '/graph/find?name=' + encodeURIComponent(input.value));
      results.replaceChildren(...(found.candidates.length ? found.candidates.map((c) => el('li', {},
        el('button', {
          type: 'button', disabled: !c.inGraph, dataset: { wnid: c.synset.id },
          title: c.inGraph ? 'use this synset' : 'not a node of the graph: no model is labeled on it',
          onclick: () => pin(className, c.synset),
        }, `${c.synset.lemmas.join(', ')} · ${c.synset.id}`),
        el('span', { class: 'muted' }, c.inGraph ? ` in graph, ${c.imageCount} images` : ' not in graph'),
        el('div', { class: 'gloss' }, c.synset.gloss)))
        : [el('li', { class: 'muted' }, 'no synset matches; try another word')]));
    } catch (e) {
      results.replaceChildren(el('li', { class: 'error' }, e.message));
    }
  };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); search(); } });
  search();
  return el('tr', { class: 'picker', dataset: { picker: className } }, el('td', { colspan: 4 },
    el('div', {}, `Synset for '${className}': `, input, el('button', { type: 'button', onclick: search }, 'search')),
    results));
}

function pin(className, synset) {
  state.pins[className] = { id: synset.id, name: synset.lemmas[0] };
  renderPins();
  selectModels();
}

// ---- predictions ----------------------------------------------------------------------------------------------

async function predict(files) {
  if (!state.task || files.length === 0) return;
  showError($('predict-error'), null);
  const form = new FormData();
  for (const f of files) form.append('image', f, f.name);
  const urls = Object.fromEntries(Array.from(files).map((f) => [f.name, URL.createObjectURL(f)]));
  try {
    const result = await api('POST', state.task.links.predictions, form);
    renderPredictions(result, urls);
    loadModels();
    loadStatus();
  } catch (e) {
    showError($('predict-error'), e);
  }
}

function renderPredictions(result, urls) {
  const body = $('predictions').tBodies[0];
  $('predictions').hidden = false;
  for (const p of result.images) {
    const thumb = el('td', {}, urls[p.image] ? el('img', { src: urls[p.image], alt: '', class: 'thumb' }) : null);
    if (p.error) {
      body.append(el('tr', { class: 'failed', dataset: { image: p.image } }, thumb, el('td', {}, p.image),
        el('td', { class: 'label' }, '–'), el('td', { class: 'error' }, p.error)));
      continue;
    }
    const y = result.classes.indexOf(p.label);
    const voters = p.votes.filter((v) => v.contribution > 0);
    const total = voters.reduce((s, v) => s + v.contribution, 0);
    body.append(el('tr', { dataset: { image: p.image } }, thumb, el('td', {}, p.image),
      el('td', { class: 'label' }, el('strong', {}, p.label)),
      el('td', {},
        el('div', { class: 'bar' }, voters.map((v, i) => el('span', {
          class: 'seg c' + (i % 6), style: `width: ${(100 * v.contribution / total).toFixed(1)}%`,
          title: `${v.model}: weight ${v.weight.toPrecision(3)} × p ${v.probabilities[y].toFixed(3)}`,
        }, v.model))),
        el('div', { class: 'muted small' }, p.votes.map((v) =>
          `${v.model}: p(${p.label}) ${v.probabilities[y].toFixed(3)}, entropy ${v.entropyBits.toPrecision(2)} bits`
          + (v.contribution > 0 ? `, ${(100 * v.contribution / total).toFixed(0)}% of the vote` : ', not voting for it')).join(' · ')))));
  }
}

// ---- registration ---------------------------------------------------------------------------------------------

async function register(event) {
  event.preventDefault();
  const form = new FormData();
  const manifest = $('register-manifest').files[0];
  form.append('manifest', manifest, manifest.name);
  for (const f of $('register-files').files) form.append('file', f, f.name);
  try {
    const m = await api('POST', '/models', form);
    $('register-result').textContent = `Registered ${m.id} (${m.kind})`
      + (m.labelJob ? `; labeling ${m.labelJob.state.toLowerCase()}` : '');
    loadModels();
    loadStatus();
  } catch (e) {
    $('register-result').textContent = `${e.status} ${e.field ? '[' + e.field + '] ' : ''}${e.message}`;
  }
}

// ---- wiring ---------------------------------------------------------------------------------------------------

$('task-form').addEventListener('submit', (e) => { e.preventDefault(); selectModels(); });
$('classes').addEventListener('change', renderPins);
$('register-form').addEventListener('submit', register);
$('file-input').addEventListener('change', (e) => predict(e.target.files));
const drop = $('drop-zone');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); predict(e.dataTransfer.files); });

loadStatus();
loadModels().catch((e) => { $('status').textContent = 'cannot list models: ' + e.message; });
loadPlots().catch(() => {});
