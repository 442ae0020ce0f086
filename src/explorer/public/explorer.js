// Akhbar Graph explorer: search, entity card, neighbourhood graph with expand-on-click, filters,
// shortest paths and an evidence panel. It talks to the GraphQL API only.
/* global cytoscape */

const TYPE_STYLE = {
  Person: { color: '#2f6fb0', shape: 'ellipse', label: 'شخص' },
  Group: { color: '#b5442c', shape: 'round-rectangle', label: 'جماعة' },
  Country: { color: '#0b6e4f', shape: 'hexagon', label: 'بلد' },
  Place: { color: '#7a8b23', shape: 'triangle', label: 'مكان' },
  Statement: { color: '#8a5cb8', shape: 'round-tag', label: 'تصريح' },
  Event: { color: '#d08a10', shape: 'diamond', label: 'حدث' },
  Source: { color: '#6b7280', shape: 'barrel', label: 'مصدر' },
  Article: { color: '#334155', shape: 'rectangle', label: 'مقال' },
};
const EDGE_LABELS = {
  SAID_BY: 'قاله',
  ABOUT: 'عن',
  VIA: 'عبر',
  INVOLVES: 'شارك',
  IN: 'في',
  LEADER_OF: 'زعيم',
  MEMBER_OF: 'عضو',
  SPOKESPERSON_OF: 'متحدث باسم',
  DEPUTY_OF: 'نائب',
  FOUNDER_OF: 'مؤسس',
  PART_OF: 'جزء من',
  LOCATED_IN: 'يقع في',
  BORDERS: 'يحد',
  BASED_IN: 'مقره',
  AFFILIATED_WITH: 'تابع لـ',
  MENTIONS: 'يذكر',
  REPORTED_IN: 'ورد في',
  IN_ARTICLE: 'في مقال',
};
const EVENT_LABELS = {
  MEETING: 'اجتماع',
  ATTACK: 'هجوم',
  MILITARY_OPERATION: 'عملية عسكرية',
  CLASH: 'اشتباك',
  DEATH: 'مقتل',
  INVASION: 'غزو',
  LEADERSHIP_CHANGE: 'تغيير قيادة',
  PROTEST: 'احتجاج',
  AGREEMENT: 'اتفاق',
  ARREST: 'اعتقال',
  ELECTION: 'انتخابات',
  SANCTION: 'عقوبات',
  DISPLACEMENT: 'نزوح',
  OTHER: 'حدث',
};
const KIND_LABELS = {
  said: 'قال',
  denied: 'نفى',
  confirmed: 'أكد',
  reported: 'أفاد',
  accused: 'اتهم',
  warned: 'حذر',
  called: 'دعا',
  other: 'صرح',
};

const NODE_FIELDS = `
  __typename id
  ... on Entity { name nameEn aliases }
  ... on Statement { kind cue quote sentence }
  ... on Event { type date killed trigger sentence }
  ... on Article { title publishedAt }
  ... on Source { description }`;
// Neighbourhoods ask for evidence sentences only (the article of each would push a 30-node
// neighbourhood over the API's cost limit); paths are short enough to name their articles.
const EDGE_FIELDS = 'type from to role evidence { sentence text }';
const PATH_EDGE_FIELDS = 'type from to role evidence { sentence text article { title publishedAt } }';

const $ = (id) => document.getElementById(id);
const status = (text) => {
  $('status').textContent = text;
};

async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

// ---------- graph ----------
const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': 'data(color)',
        shape: 'data(shape)',
        color: '#1d2330',
        'font-family': 'Noto Sans Arabic, sans-serif',
        'font-size': 13,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': 140,
        width: 26,
        height: 26,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 2,
      },
    },
    { selector: 'node.center', style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#111' } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#e11d48' } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#9aa3b2',
        'target-arrow-color': '#9aa3b2',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': 'Noto Sans Arabic, sans-serif',
        'font-size': 10,
        color: '#5b6475',
        'text-rotation': 'autorotate',
      },
    },
    {
      selector: 'edge.on-path',
      style: { width: 4, 'line-color': '#e11d48', 'target-arrow-color': '#e11d48' },
    },
    { selector: '.filtered', style: { display: 'none' } },
  ],
});
window.akhbarGraph = cy; // for tests and the console

function nodeLabel(n) {
  switch (n.__typename) {
    case 'Statement':
      return `${KIND_LABELS[String(n.kind).toLowerCase()] ?? n.cue}: ${truncate(n.quote || n.sentence, 40)}`;
    case 'Event':
      return `${EVENT_LABELS[n.type] ?? n.type}${n.date ? ` ${n.date}` : ''}`;
    case 'Article':
      return truncate(n.title, 40);
    case 'Source':
      return n.description;
    default:
      return n.name ?? n.id;
  }
}
const truncate = (s, n) => (s && s.length > n ? `${s.slice(0, n)}…` : (s ?? ''));

function dateOf(n) {
  return n.date ?? n.publishedAt ?? null;
}

function addGraph(nodes, edges) {
  const added = [];
  for (const n of nodes) {
    if (cy.getElementById(n.id).nonempty()) continue;
    const style = TYPE_STYLE[n.__typename] ?? TYPE_STYLE.Article;
    added.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: nodeLabel(n),
        color: style.color,
        shape: style.shape,
        kind: n.__typename,
        date: dateOf(n),
        raw: n,
      },
    });
  }
  for (const e of edges) {
    const id = `${e.from}|${e.type}|${e.to}`;
    if (cy.getElementById(id).nonempty()) continue;
    added.push({
      group: 'edges',
      data: { id, source: e.from, target: e.to, type: e.type, label: EDGE_LABELS[e.type] ?? e.type, raw: e },
    });
  }
  cy.add(added.filter((el) => el.group === 'nodes'));
  cy.add(
    added.filter(
      (el) =>
        el.group === 'edges' &&
        cy.getElementById(el.data.source).nonempty() &&
        cy.getElementById(el.data.target).nonempty(),
    ),
  );
  refreshFilters();
  // Strong repulsion and long edges keep Arabic labels, which are wide, from piling up.
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: true,
    nodeRepulsion: () => 600000,
    idealEdgeLength: () => 140,
    nodeOverlap: 40,
    padding: 60,
    componentSpacing: 120,
  }).run();
  document.body.dataset.nodes = String(cy.nodes().length);
  document.body.dataset.edges = String(cy.edges().length);
}

async function showNeighborhood(id, { reset }) {
  status('…');
  const data = await gql(
    `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 1, limit: 30) {
        center { id } nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
    { id },
  );
  if (reset) cy.elements().remove();
  addGraph(data.neighborhood.nodes, data.neighborhood.edges);
  cy.nodes().removeClass('center');
  cy.getElementById(data.neighborhood.center.id).addClass('center');
  status(`${cy.nodes().length} عقدة، ${cy.edges().length} علاقة`);
}

// ---------- filters ----------
const hiddenTypes = new Set();
function refreshFilters() {
  const types = [...new Set(cy.edges().map((e) => e.data('type')))].sort();
  const box = $('edge-filters');
  const known = new Set([...box.querySelectorAll('input')].map((i) => i.value));
  for (const type of types) {
    if (known.has(type)) continue;
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = type;
    input.checked = !hiddenTypes.has(type);
    input.addEventListener('change', () => {
      if (input.checked) hiddenTypes.delete(type);
      else hiddenTypes.add(type);
      applyFilters();
    });
    label.append(input, ` ${EDGE_LABELS[type] ?? type}`);
    label.title = type;
    box.append(label);
  }
  applyFilters();
}

function inRange(date, from, to) {
  if (!date) return true;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

function applyFilters() {
  const from = $('date-from').value.trim();
  const to = $('date-to').value.trim();
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes().forEach((n) => {
      if (!inRange(n.data('date'), from, to)) n.addClass('filtered');
    });
    cy.edges().forEach((e) => {
      if (hiddenTypes.has(e.data('type'))) e.addClass('filtered');
    });
  });
}
$('date-from').addEventListener('input', applyFilters);
$('date-to').addEventListener('input', applyFilters);

function drawLegend() {
  const legend = $('legend');
  for (const [type, style] of Object.entries(TYPE_STYLE)) {
    const li = document.createElement('li');
    const dot = document.createElement('span');
    dot.style.background = style.color;
    li.append(dot, style.label);
    li.title = type;
    legend.append(li);
  }
}

// ---------- search and card ----------
async function search(text) {
  status('…');
  const data = await gql(
    `query Search($q: String!) { search(query: $q, first: 15) { edges { node { ${NODE_FIELDS} } } } }`,
    { q: text },
  );
  const list = $('results');
  list.replaceChildren();
  const nodes = data.search.edges.map((e) => e.node);
  for (const n of nodes) {
    const li = document.createElement('li');
    li.tabIndex = 0;
    li.dataset.id = n.id;
    li.dataset.kind = n.__typename;
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = ` — ${TYPE_STYLE[n.__typename]?.label ?? n.__typename}`;
    li.append(nodeLabel(n), type);
    const open = () => openNode(n.id, n.__typename).catch(fail);
    li.addEventListener('click', open);
    li.addEventListener('keydown', (ev) => ev.key === 'Enter' && open());
    list.append(li);
  }
  status(nodes.length ? `${nodes.length} نتيجة` : 'لا نتائج');
}

async function openNode(id, kind) {
  if (['Person', 'Group', 'Country', 'Place'].includes(kind)) await showCard(id);
  await showNeighborhood(id, { reset: true });
}

async function showCard(id) {
  const data = await gql(
    `query Card($id: ID!) { node(id: $id) { __typename id ... on Entity {
        name nameEn aliases
        statementsBy(first: 1) { totalCount } statementsAbout(first: 1) { totalCount }
        events(first: 1) { totalCount } mentions(first: 100) { start }
        relations { type }
        mentionEvidence: mentions(first: 3) { sentence text article { title publishedAt } } } } }`,
    { id },
  );
  const e = data.node;
  $('card').hidden = false;
  $('card-name').textContent = e.name;
  $('card-meta').textContent =
    `${TYPE_STYLE[e.__typename]?.label ?? e.__typename}${e.nameEn ? ` · ${e.nameEn}` : ''}`;
  $('card-aliases').textContent = e.aliases.length ? `أسماء أخرى: ${e.aliases.join('، ')}` : '';
  const counts = [
    ['تصريحات له', e.statementsBy.totalCount],
    ['تصريحات عنه', e.statementsAbout.totalCount],
    ['أحداث', e.events.totalCount],
    ['إشارات', e.mentions.length],
    ['علاقات', e.relations.length],
  ];
  $('card-counts').replaceChildren(
    ...counts.flatMap(([label, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = String(value);
      return [dt, dd];
    }),
  );
  showEvidence(e.mentionEvidence.map((ev) => ({ ...ev, highlight: ev.text })));
}

// ---------- evidence ----------
function highlighted(sentence, needle) {
  const block = document.createElement('blockquote');
  const at = needle ? sentence.indexOf(needle) : -1;
  if (at < 0) {
    block.textContent = sentence;
  } else {
    const mark = document.createElement('mark');
    mark.textContent = needle;
    block.append(sentence.slice(0, at), mark, sentence.slice(at + needle.length));
  }
  return block;
}

function showEvidence(items) {
  const box = $('evidence');
  box.replaceChildren();
  if (!items.length) {
    box.textContent = 'لا دليل مسجل.';
    return;
  }
  for (const item of items) {
    if (!item.sentence) continue;
    const block = highlighted(item.sentence, item.highlight);
    if (item.article) {
      const source = document.createElement('span');
      source.className = 'source';
      source.textContent = `${item.article.title}${item.article.publishedAt ? ` · ${item.article.publishedAt}` : ''}`;
      block.append(source);
    }
    box.append(block);
  }
}

cy.on('tap', 'node', (event) => {
  const n = event.target.data('raw');
  if (n.__typename === 'Statement') showEvidence([{ sentence: n.sentence, highlight: n.quote || n.cue }]);
  else if (n.__typename === 'Event') showEvidence([{ sentence: n.sentence, highlight: n.trigger }]);
  else if (['Person', 'Group', 'Country', 'Place'].includes(n.__typename)) showCard(n.id).catch(fail);
  showNeighborhood(n.id, { reset: false }).catch(fail);
});
cy.on('tap', 'edge', (event) => {
  const e = event.target.data('raw');
  const target = cy.getElementById(e.to).data('raw');
  const highlight = target?.name ?? target?.trigger ?? null;
  showEvidence(e.evidence.map((ev) => ({ ...ev, highlight: ev.text ?? highlight })));
});

// ---------- paths ----------
async function findPath(from, to) {
  status('…');
  const data = await gql(
    `query Path($from: String!, $to: String!) { paths(from: {name: $from}, to: {name: $to}, maxHops: 4, first: 1) {
        length nodes { ${NODE_FIELDS} } edges { ${PATH_EDGE_FIELDS} } } }`,
    { from, to },
  );
  const list = $('path-result');
  list.replaceChildren();
  const path = data.paths[0];
  cy.elements().removeClass('on-path');
  if (!path) {
    status('لا مسار ضمن أربع خطوات');
    return;
  }
  cy.elements().remove();
  addGraph(path.nodes, path.edges);
  for (const n of path.nodes) {
    cy.getElementById(n.id).addClass('on-path');
    const li = document.createElement('li');
    li.textContent = nodeLabel(n);
    list.append(li);
  }
  cy.edges().addClass('on-path');
  document.body.dataset.pathLength = String(path.length);
  status(`مسار من ${path.length} خطوات`);
}

function fail(error) {
  status(`خطأ: ${error.message}`);
}

$('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = $('search').value.trim();
  if (q) search(q).catch(fail);
});
$('path-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const from = $('path-from').value.trim();
  const to = $('path-to').value.trim();
  if (from && to) findPath(from, to).catch(fail);
});
drawLegend();
document.body.dataset.ready = 'true';
