// mll4j web page: plain JavaScript over the REST API (no build step). Text from the server or the user is always
// inserted as text nodes, never as HTML.
'use strict';

const state = { task: null, pins: {}, pickerFor: null, modelsTimer: null, labeling: false };

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
  pct: (x) => (x === undefined || x === null ? '–' : (100 * x).toFixed(1) + '%'),
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
  const labeling = models.some((m) => m.labelJob && (m.labelJob.state === 'QUEUED' || m.labelJob.state === 'RUNNING'));
  if (labeling) {
    state.modelsTimer = setTimeout(() => loadModels().catch(() => {}), 1000);
  } else if (state.labeling) {
    loadCoverage().catch(() => {});   // a model just got its label: it has a row now
  }
  state.labeling = labeling;
}

async function loadCoverage() {
  const c = await api('GET', '/hub/coverage');
  if (!c.models.length) {
    $('coverage').replaceChildren(el('p', { class: 'muted' }, 'No labeled model yet.'));
    return;
  }
  const regionName = (r) => r.name + (r.rest ? ', other' : '');
  // one scale per kind, from 0 to the kind's highest cell: on a large graph every share is small, and the
  // differences between models are what the map is for (the tooltip and the cell give the value itself)
  const top = {};
  for (const m of c.models) for (const v of m.values) if (v !== null) top[m.kind] = Math.max(top[m.kind] || 0, v);
  const shade = (kind, v) => Math.min(1, v / Math.max(top[kind] || 0, 0.05));
  const cell = (m, i) => {
    const v = m.values[i];
    const r = c.regions[i];
    const where = `${regionName(r)} (${r.id}, ${r.nodes} node${r.nodes === 1 ? '' : 's'})`;
    const title = v === null
      ? `${m.id} on ${where}: no node with images of its own`
      : m.kind === 'EXPERT'
        ? `${m.id} on ${where}: covers ${m.counts[i]} of ${r.nodes} node(s) = ${(100 * v).toFixed(1)}%`
        : `${m.id} on ${where}: mean F1 ${v.toFixed(3)} over ${m.counts[i]} node(s) with images`;
    const t = v === null ? 0 : shade(m.kind, v);
    const style = v === null ? 'background: #f0f2f5; color: #8a94a3'
      : `background: ${coverageColour(m.kind, t)}; color: ${t > 0.6 ? '#fff' : '#111'}`;
    return el('td', { style, title, dataset: { value: v === null ? '' : String(v) } },
      v === null ? '–' : m.kind === 'EXPERT' ? `${Math.round(100 * v)}%` : v.toFixed(2));
  };
  const table = el('table', { class: 'heatmap coverage' },
    el('thead', {}, el('tr', {}, el('th', {}, 'model'), el('th', {}, 'kind'),
      c.regions.map((r) => el('th', { title: `${r.id}: ${r.nodes} node(s)` }, regionName(r),
        el('div', { class: 'muted small' }, `${r.nodes} node${r.nodes === 1 ? '' : 's'}`))))),
    el('tbody', {}, c.models.map((m) => el('tr', { dataset: { model: m.id } },
      el('th', {}, el('code', {}, m.id)), el('td', { class: 'kind' }, m.kind.toLowerCase()),
      c.regions.map((r, i) => cell(m, i))))));
  const scale = (kind) => el('span', { class: 'scale', style: `background: linear-gradient(to right, `
    + `${coverageColour(kind, 0)}, ${coverageColour(kind, 0.5)}, ${coverageColour(kind, 1)})` });
  const ends = (kind, f) => [el('span', { class: 'muted' }, ' 0'), scale(kind),
    el('span', { class: 'muted' }, top[kind] === undefined ? '' : f(Math.max(top[kind], 0.05)))];
  const legend = el('div', { class: 'legend small', dataset: { testid: 'coverage-legend' } },
    'expert: share of nodes covered', ends('EXPERT', (x) => `${Math.round(100 * x)}%`),
    ' · VLM: mean F1', ends('VLM', (x) => x.toFixed(2)),
    ' · ', el('span', { class: 'swatch' }), ' no node with images of its own');
  const notes = [];
  if (c.unlabeled.length) notes.push(`Not labeled yet: ${c.unlabeled.join(', ')}.`);
  notes.push(`Graph ${c.graph.version.slice(0, 12)}, ${c.graph.nodes} nodes in ${c.regions.length} region(s); `
    + `VLM labels with node text ${c.nodeText}.`);
  $('coverage').replaceChildren(table, legend, el('p', { class: 'muted small' }, notes.join(' ')));
}

/** One colour scale per row kind, so that coverage shares and F1 values are not read as the same quantity. */
function coverageColour(kind, t) {
  return `hsl(${kind === 'EXPERT' ? 150 : 210}, 60%, ${Math.round(97 - 55 * t)}%)`;
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

function method() {
  return document.querySelector('input[name=method]:checked').value;
}

/** Shows the switches of the chosen method only. */
function showMethodFields() {
  for (const node of document.querySelectorAll('[data-method]')) node.hidden = node.dataset.method !== method();
}

function taskBody() {
  const classes = classNames();
  const pins = {};
  for (const c of classes) if (state.pins[c]) pins[c] = state.pins[c].id;
  const body = {
    method: method(),
    classes,
    variant: $('variant').value,
    alpha: Number($('alpha').value),
    n: Number($('n').value),
    allowUncovered: $('allow-uncovered').checked,
    pins,
  };
  if (body.method === 'mll') {
    body.k = Number($('k').value);
  } else {
    if ($('budget').value) body.budget = Number($('budget').value);
    if ($('budget-ms').value) body.budgetMs = Number($('budget-ms').value);
    body.tau = Number($('tau').value);
    body.patch = $('patch').checked;
  }
  return body;
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
  $('selection-section').hidden = false;
  $('task-id').textContent = `${task.id} · ${task.method}`;
  $('mll-view').hidden = task.method === 'chco';
  $('chco-view').hidden = task.method !== 'chco';
  if (task.method === 'chco') renderChco(task);
  else renderMll(task);
}

/** The synset cell of a class row: the matched node, click to pick another (a pin). */
function synsetCell(className, node, extra) {
  return el('td', {},
    el('button', { type: 'button', class: 'synset', dataset: { testid: 'synset' }, title: 'change the synset',
      onclick: () => togglePicker(className) }, `${node.name} · ${node.id}`),
    extra,
    el('div', { class: 'gloss' }, node.gloss));
}

function renderMll(task) {
  const report = task.report;
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
      synsetCell(c.name, node, [
        el('span', { class: 'muted' }, ` similarity ${fmt.score(node.similarity)}, ${node.images} images`),
        c.nodes.length > 1 ? el('div', { class: 'muted small' }, 'also: '
          + c.nodes.slice(1).map((n) => `${n.name} (${fmt.score(n.similarity)})`).join(', ')) : null]),
      el('td', {}, c.chosen.map((s) => el('div', { class: 'chosen', dataset: { model: s.model } },
        el('code', {}, s.model), ` r ${fmt.score(s.reuseScore)}`,
        el('span', { class: 'muted' }, ` (s ${fmt.score(s.classScore)}, lead ${fmt.score(s.margin)})`)))),
      el('td', {}, c.runnersUp.length ? c.runnersUp.map((s) => el('div', { class: 'runner-up' },
        el('code', {}, s.model), ` r ${fmt.score(s.reuseScore)}`, el('span', { class: 'muted' }, ` −${fmt.score(s.margin)}`)))
        : el('span', { class: 'muted' }, 'none'))));
    if (state.pickerFor === c.name) body.append(pickerRow(c.name, 4));
  }
  renderHeatmap(task);
}

// ---- CHCO (paper A) -------------------------------------------------------------------------------------------

const ROUTES = {
  experts: 'experts',
  'experts-generalised': 'experts: generalised',
  'patch-uncovered': 'patch: uncovered',
  'patch-below-tau': 'patch: below τ',
  uncovered: 'uncovered',
};

function renderChco(task) {
  const s = task.summary;
  const budget = [s.search.budget.heads ? `${s.search.budget.heads} heads` : null,
    s.search.budget.msPerImage !== null && s.search.budget.msPerImage !== undefined
      ? `${s.search.budget.msPerImage} ms/image` : null].filter((x) => x).join(', ') || 'no limit';
  const parts = [
    `${s.classes.length} classes; ${s.heads.filter((h) => h.role === 'expert').length} expert head(s) chosen`
      + (s.patch.vlm ? `, patched by ${s.patch.vlm}` : s.patch.enabled ? ', no patch' : ', patch off') + '.',
    el('span', { dataset: { testid: 'chco-estimate' } }, ` Estimated accuracy: ${fmt.pct(s.estimate.fused)} fused`
      + ` (${fmt.pct(s.estimate.experts)} with the experts alone).`),
    ` Cost: ${s.cost.heads} head(s), ${fmt.ms(s.cost.msPerImage)} ms/image, ${fmt.count(s.cost.params)} parameters.`,
  ];
  if (task.unlabeled.length) parts.push(` Not labeled yet (left out): ${task.unlabeled.join(', ')}.`);
  if (s.patch.declined) parts.push(el('div', { class: 'warning' }, `Patch declined: ${s.patch.declined}`));
  $('summary').replaceChildren(...parts);
  $('heads-table').tBodies[0].replaceChildren(...s.heads.map((h) => el('tr', { dataset: { head: h.id, role: h.role } },
    el('td', {}, el('code', {}, h.id)),
    el('td', {}, el('span', { class: 'badge' + (h.role === 'patch' ? ' warn' : '') }, h.role)),
    el('td', {}, h.covers.length === s.classes.length ? 'every class' : h.covers.join(', ')),
    el('td', { class: 'num' }, fmt.pct(h.alone)),
    el('td', { class: 'num' }, fmt.ms(h.msPerImage)))));
  const body = $('chco-classes').tBodies[0];
  body.replaceChildren();
  for (const c of s.classes) {
    body.append(el('tr', { dataset: { class: c.name, route: c.route } },
      el('td', {}, el('strong', {}, c.name)),
      synsetCell(c.name, c.node),
      el('td', {}, c.coveredBy.length ? c.coveredBy.map((h) => el('div', {
        class: 'coverer' + (h.chosen ? ' chosen' : ''), dataset: { head: h.head, chosen: String(h.chosen) },
      }, h.chosen ? '✓ ' : '· ', el('code', {}, h.head), ` ${fmt.pct(h.alone)}`,
      h.role === 'patch' ? el('span', { class: 'muted small' }, ' (patch)') : null))
        : el('span', { class: 'muted' }, 'no head')),
      el('td', {},
        el('span', { class: 'badge route' + (c.route === 'experts' ? '' : ' warn') }, ROUTES[c.route] || c.route),
        el('div', { class: 'small why' }, c.why)),
      el('td', { class: 'num' }, fmt.pct(c.estimated),
        el('div', { class: 'muted small' }, `experts ${fmt.pct(c.experts)}`))));
    if (state.pickerFor === c.name) body.append(pickerRow(c.name, 5));
  }
  const search = s.search;
  $('chco-search').textContent = `Search: ${search.method} over ${search.candidates} candidate expert(s), `
    + `${search.evaluated} head set(s) scored, budget ${budget}, τ ${s.tau}`
    + (search.skipped.length ? `; skipped: ${search.skipped.join('; ')}` : '') + '.';
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

function pickerRow(className, columns) {
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
  return el('tr', { class: 'picker', dataset: { picker: className } }, el('td', { colspan: columns },
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
  const chco = result.method === 'chco';
  $('predictions').hidden = false;
  $('contributions-head').textContent = chco
    ? "each head's margin for the label over the runner-up (log-likelihood ratio, nats)"
    : 'per-model contributions to the label';
  const cells = chco ? fusedCells : voteCells;
  const body = $('predictions').tBodies[0];
  for (const p of result.images) {
    const thumb = el('td', {}, urls[p.image] ? el('img', { src: urls[p.image], alt: '', class: 'thumb' }) : null);
    body.append(p.error
      ? el('tr', { class: 'failed', dataset: { image: p.image } }, thumb, el('td', {}, p.image),
        el('td', { class: 'label' }, '–'), el('td', { class: 'error' }, p.error))
      : el('tr', { dataset: { image: p.image } }, thumb, el('td', {}, p.image), cells(p, result)));
  }
}

/** Paper A: the fused label with its probability and runner-up, and each head's margin as a bar around 0. */
function fusedCells(p) {
  const scale = Math.max(1, ...p.contributions.map((c) => Math.abs(c.margin)));
  return [
    el('td', { class: 'label' }, el('strong', {}, p.label),
      el('div', { class: 'muted small' }, `p ${p.probability.toFixed(3)}`),
      p.runnerUp ? el('div', { class: 'muted small' }, `runner-up ${p.runnerUp}`) : null),
    el('td', {}, p.contributions.map((c) => el('div', { class: 'margin-row', dataset: { head: c.head } },
      el('code', { class: 'margin-head' }, c.head),
      el('span', { class: 'margin-axis' }, el('span', {
        class: 'margin-bar ' + (c.margin >= 0 ? 'for' : 'against'),
        style: `width: ${(50 * Math.abs(c.margin) / scale).toFixed(1)}%; `
          + (c.margin >= 0 ? 'left: 50%' : `left: ${(50 - 50 * Math.abs(c.margin) / scale).toFixed(1)}%`),
        title: `${c.head}: log L(${p.label}) − log L(${p.runnerUp}) = ${c.margin.toFixed(3)} nats`,
      })),
      el('span', { class: 'margin-value' }, (c.margin >= 0 ? '+' : '−') + Math.abs(c.margin).toFixed(2),
        el('span', { class: 'muted small' }, c.margin >= 0 ? ` for ${p.label}` : ` for ${p.runnerUp}`))))),
  ];
}

/** Paper B: the label and each chosen model's share of the entropy-weighted vote. */
function voteCells(p, result) {
  const y = result.classes.indexOf(p.label);
  const voters = p.votes.filter((v) => v.contribution > 0);
  const total = voters.reduce((s, v) => s + v.contribution, 0);
  return [
    el('td', { class: 'label' }, el('strong', {}, p.label)),
    el('td', {},
      el('div', { class: 'bar' }, voters.map((v, i) => el('span', {
        class: 'seg c' + (i % 6), style: `width: ${(100 * v.contribution / total).toFixed(1)}%`,
        title: `${v.model}: weight ${v.weight.toPrecision(3)} × p ${v.probabilities[y].toFixed(3)}`,
      }, v.model))),
      el('div', { class: 'muted small' }, p.votes.map((v) =>
        `${v.model}: p(${p.label}) ${v.probabilities[y].toFixed(3)}, entropy ${v.entropyBits.toPrecision(2)} bits`
        + (v.contribution > 0 ? `, ${(100 * v.contribution / total).toFixed(0)}% of the vote` : ', not voting for it'))
        .join(' · '))),
  ];
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
for (const radio of document.querySelectorAll('input[name=method]')) radio.addEventListener('change', showMethodFields);
showMethodFields();
// while typing, not on change: a change fires as the button is clicked, and the pins' shrinking row would move it
$('classes').addEventListener('input', renderPins);
$('register-form').addEventListener('submit', register);
$('file-input').addEventListener('change', (e) => predict(e.target.files));
const drop = $('drop-zone');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); predict(e.dataTransfer.files); });

loadStatus();
loadModels().catch((e) => { $('status').textContent = 'cannot list models: ' + e.message; });
loadPlots().catch(() => {});
loadCoverage().catch((e) => { $('coverage').replaceChildren(el('p', { class: 'error' }, 'coverage: ' + e.message)); });
