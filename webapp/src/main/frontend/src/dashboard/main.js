// The provincial dashboard: every number on it is what the public GraphQL API answers (see ../common/queries.js).
import '../common/common.css';
import './dashboard.css';
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { GraphQLError, allNodes, graphql } from '../common/graphql.js';
import { authorization, mountSignIn } from '../common/auth.js';
import {
  formatChange, formatNumber, language, mountLanguageSwitch, onLanguageChange, quarterLabel, t,
} from '../common/i18n.js';
import { downloadButtons, el, sortableTable } from '../common/dom.js';
import * as Q from '../common/queries.js';
import {
  fromIndex, lastDay, lastDays, onlineCounts, periodInput, quarterIndex, sameQuarter,
} from './quarters.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const SERIES_LENGTH = 8; // quarters drawn in the charts, the chosen one last
const QUARTERS_LOOKED_AT = 40; // the API's most periods per request

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const state = {
  provinces: [],
  province: params.get('province'),
  quarters: [],
  quarter: parseQuarter(params.get('quarter')),
  unit: params.get('unit'),
  rate: 'ON_TIME',
  // which days the dossier records count: the calendar quarter, or the window its report gives (Period.reporting)
  window: params.get('window') === 'REPORTING' ? 'REPORTING' : 'CALENDAR',
  sort: { key: 'rank', dir: 1 },
  overview: null,
  departments: null,
  findings: null,
  findingSort: { key: 'severity', dir: 1 },
  drill: null,
};
const charts = {};

function parseQuarter(text) {
  const match = /^(\d{4})-Q([1-4])$/.exec(text ?? '');
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

function remember() {
  const search = new URLSearchParams();
  if (state.province) search.set('province', state.province);
  if (state.quarter) search.set('quarter', `${state.quarter.year}-Q${state.quarter.quarter}`);
  if (state.unit) search.set('unit', state.unit);
  if (state.window === 'REPORTING') search.set('window', state.window);
  history.replaceState(null, '', `?${search}`);
}

// The status line: a message key, translated again when the language changes, and the words of an error if any.
let shown = { key: null, detail: '', kind: '' };

function status(key, { detail = '', kind = '' } = {}) {
  shown = { key, detail, kind };
  renderStatus();
}

function renderStatus() {
  $('status').textContent = shown.key ? [t(shown.key), shown.detail].filter(Boolean).join(' ') : '';
  $('status').className = ['status', shown.kind].filter(Boolean).join(' ');
}

/**
 * A refusal of the API for lack of rights empties the page and asks to sign in (the figures are not public); the
 * chosen province, quarter and department stay, so that signing in shows them.
 */
function fail(error) {
  if (!(error instanceof GraphQLError && error.needsSignIn)) {
    status('dashboard.error', { detail: error.message, kind: 'error' });
    return;
  }
  Object.assign(state, { provinces: [], quarters: [], overview: null, departments: null, drill: null });
  $('drill').replaceChildren();
  renderAll();
  const forbidden = error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
  status(forbidden ? 'signIn.forbidden' : (authorization() ? 'signIn.failed' : 'signIn.required'), { kind: 'sign-in' });
}

async function start() {
  mountLanguageSwitch($('language'));
  mountSignIn($('auth'), () => loadProvinces().catch(fail));
  onLanguageChange(renderAll);
  $('province').addEventListener('change', () => {
    state.province = $('province').value;
    state.quarter = null;
    state.unit = null;
    loadQuarters().catch(fail);
  });
  $('quarter').addEventListener('change', () => {
    state.quarter = parseQuarter($('quarter').value);
    loadQuarter().catch(fail);
  });
  $('window').value = state.window;
  $('window').addEventListener('change', () => {
    state.window = $('window').value;
    loadQuarter().catch(fail);
  });
  await loadProvinces();
}

async function loadProvinces() {
  status('dashboard.loading');
  const data = await graphql(Q.PROVINCES);
  state.provinces = data.units.nodes;
  if (!state.provinces.some((p) => p.code === state.province)) {
    state.province = state.provinces[0]?.code ?? null;
  }
  renderProvinces();
  await loadQuarters();
}

/** The quarters with dossiers received or reported, the latest chosen unless the address names one. */
async function loadQuarters() {
  status('dashboard.loading');
  const today = new Date();
  const last = quarterIndex({ year: today.getFullYear(), quarter: Math.floor(today.getMonth() / 3) + 1 });
  const data = await graphql(Q.QUARTERS, {
    province: state.province,
    from: periodInput(fromIndex(last - QUARTERS_LOOKED_AT + 1)),
    to: periodInput(fromIndex(last)),
  });
  const withData = new Set();
  data.dossierStatistics.filter((s) => s.received > 0).forEach((s) => withData.add(quarterIndex(s.period)));
  data.observationSeries.flatMap((s) => s.points).filter((p) => p.value).forEach((p) => withData.add(quarterIndex(p.period)));
  state.quarters = [...withData].sort((a, b) => b - a).map(fromIndex);
  if (!state.quarter || !state.quarters.some((q) => sameQuarter(q, state.quarter))) {
    state.quarter = state.quarters[0] ?? null;
  }
  renderQuarters();
  await loadQuarter();
}

async function loadQuarter() {
  remember();
  if (!state.quarter) {
    state.overview = null;
    state.departments = null;
    renderAll();
    status('dashboard.noData');
    return;
  }
  status('dashboard.loading');
  const index = quarterIndex(state.quarter);
  const period = periodInput(state.quarter);
  const first = fromIndex(index - SERIES_LENGTH + 1);
  const quarterOf = { year: state.quarter.year, quarter: state.quarter.quarter };
  const [overview, procedures, statistics, ranking, findings, quality] = await Promise.all([
    graphql(Q.OVERVIEW, { province: state.province, from: periodInput(first), to: period, window: state.window }),
    // each charted quarter's last day: the chosen quarter's and the one before it among them
    allNodes(Q.PROVINCE_PROCEDURES, { province: state.province, days: lastDays(first, state.quarter) }, 'procedures'),
    graphql(Q.DEPARTMENT_STATISTICS, { province: state.province, period, window: state.window }),
    graphql(Q.DEPARTMENT_RANKING, { province: state.province, period, rate: state.rate, window: state.window }),
    allNodes(Q.PROVINCE_FINDINGS, { province: state.province, ...quarterOf }, 'dataFindings'),
    graphql(Q.DEPARTMENT_DATA_QUALITY, { province: state.province, period }),
  ]);
  state.overview = { ...overview, procedures };
  state.departments = { statistics: statistics.dossierStatistics, ranking: ranking.ranking, quality: quality.dataQualityRanking };
  state.findings = findings;
  renderAll();
  status(null);
  if (state.unit) {
    await openUnit(state.unit);
  }
}

async function rerank(rate) {
  state.rate = rate;
  const ranking = await graphql(Q.DEPARTMENT_RANKING, {
    province: state.province, period: periodInput(state.quarter), rate, window: state.window,
  });
  state.departments.ranking = ranking.ranking;
  renderDepartments();
}

function renderAll() {
  renderStatus();
  renderProvinces();
  renderQuarters();
  renderFigures();
  renderCharts();
  renderDepartments();
  renderFindings();
  if (state.unit && state.drill) {
    renderDrill();
  }
}

function renderProvinces() {
  $('province').replaceChildren(...state.provinces.map((p) => el('option', {
    value: p.code, selected: p.code === state.province,
  }, p.generated ? `${p.name} – ${t('dashboard.generatedShort')}` : p.name)));
  document.querySelector('.controls').hidden = !state.provinces.length;
  const chosen = state.provinces.find((p) => p.code === state.province);
  $('generated').hidden = !chosen?.generated;
}

function renderQuarters() {
  $('quarter').replaceChildren(...state.quarters.map((q) => el('option', {
    value: `${q.year}-Q${q.quarter}`, selected: state.quarter && sameQuarter(q, state.quarter),
  }, quarterLabel(q))));
}

/** The dossier statistics of the chosen quarter and the one before. */
function lastTwo(list) {
  return [list[list.length - 1], list[list.length - 2]];
}

/** Every procedure of the province's departments (all pages, not the first 100). */
function procedures() {
  return state.overview.procedures;
}

function figure(key, value, change, { digits = 0, unit = '', detail = '' } = {}) {
  return el('div', { className: 'figure', dataset: { figure: key, value: value ?? '', change: change ?? '' } },
    el('div', { className: 'label' }, t(`figure.${key}`)),
    el('div', { className: 'value' }, value === null || value === undefined ? '–' : `${formatNumber(value, digits)}${unit}`,
      detail ? el('small', {}, ` ${detail}`) : null),
    el('div', { className: 'change' }, change === null || change === undefined ? '' :
      `${formatChange(change, digits)}${unit === ' %' ? ` ${t('unit.points')}` : ''} ${t('dashboard.changeFromPrevious')}`));
}

function renderFigures() {
  const box = $('figures');
  if (!state.overview) {
    box.replaceChildren();
    return;
  }
  const [now, before] = lastTwo(state.overview.dossierStatistics);
  const diff = (f) => (before ? f(now) - f(before) : null);
  const rateDiff = (f) => (before && f(now) !== null && f(before) !== null ? f(now) - f(before) : null);
  const online = (s) => s.onlineRate.percent;
  const onTime = (s) => s.onTimeRate.percent;
  const late = (s) => s.lateRate.numerator;
  const day = lastDay(state.quarter);
  const previousDay = lastDay(fromIndex(quarterIndex(state.quarter) - 1));
  const levels = onlineCounts(procedures(), day);
  const previousLevels = onlineCounts(procedures(), previousDay);
  const reported = (series) => series[0]?.points[series[0].points.length - 1];
  const received = reported(state.overview.received);
  const onlineReported = reported(state.overview.online);
  const lateReported = reported(state.overview.late);
  box.replaceChildren(
    el('h2', {}, `${t('dashboard.keyFigures')} – ${quarterLabel(state.quarter)}`),
    el('div', { className: 'figures' },
      figure('proceduresFull', levels.FULL, levels.FULL - previousLevels.FULL),
      figure('proceduresPartial', levels.PARTIAL, levels.PARTIAL - previousLevels.PARTIAL)),
    el('h3', {}, t('dashboard.fromRecords')),
    el('div', { className: 'figures' },
      figure('received', now.received, diff((s) => s.received)),
      figure('onlineRate', online(now), rateDiff(online), { digits: 1, unit: ' %' }),
      figure('onTimeRate', onTime(now), rateDiff(onTime), { digits: 1, unit: ' %' }),
      figure('late', late(now), diff(late))),
    el('h3', {}, t('dashboard.asReported')),
    el('div', { className: 'figures' },
      figure('reportedReceived', received?.value?.value, received?.changeFromPrevious),
      figure('reportedOnline', onlineReported?.value?.value, onlineReported?.changeFromPrevious, {
        digits: 1,
        unit: ' %',
        detail: onlineReported?.value ? `(${onlineReported.value.numerator}/${onlineReported.value.denominator})` : '',
      }),
      figure('reportedLate', lateReported?.value?.value, lateReported?.changeFromPrevious)),
  );
}

function renderCharts() {
  Object.values(charts).forEach((chart) => chart.destroy());
  document.querySelector('.charts').hidden = !state.overview;
  if (!state.overview) {
    return;
  }
  const stats = state.overview.dossierStatistics;
  const labels = stats.map((s) => quarterLabel(s.period));
  const common = {
    locale: language() === 'vi' ? 'vi-VN' : 'en-GB',
    animation: false,
    responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } };
  charts.dossiers = new Chart($('chart-dossiers'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: t('figure.received'), data: stats.map((s) => s.received), backgroundColor: '#2f6db5' },
        { label: t('chart.online'), data: stats.map((s) => s.online), backgroundColor: '#3fa66a' },
        { label: t('figure.late'), data: stats.map((s) => s.lateRate.numerator), backgroundColor: '#d0443e' },
      ],
    },
    options: common,
  });
  charts.rates = new Chart($('chart-rates'), {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: t('figure.onlineRate'), data: stats.map((s) => s.onlineRate.percent), borderColor: '#3fa66a' },
        { label: t('figure.onTimeRate'), data: stats.map((s) => s.onTimeRate.percent), borderColor: '#2f6db5' },
        { label: t('chart.lateRate'), data: stats.map((s) => s.lateRate.percent), borderColor: '#d0443e' },
      ],
    },
    options: { ...common, scales: { y: { min: 0, max: 100 } } },
  });
  const levels = stats.map((s) => onlineCounts(procedures(), lastDay(s.period)));
  charts.procedures = new Chart($('chart-procedures'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: t('online.FULL'), data: levels.map((l) => l.FULL), backgroundColor: '#2f6db5' },
        { label: t('online.PARTIAL'), data: levels.map((l) => l.PARTIAL), backgroundColor: '#9cc3ea' },
      ],
    },
    options: { ...common, scales: { x: { stacked: true }, y: { stacked: true } } },
  });
}

function renderDepartments() {
  const box = $('departments');
  if (!state.overview) {
    box.replaceChildren();
    return;
  }
  const statistics = new Map(state.departments.statistics.map((s) => [s.subtree.code, s]));
  const ranks = new Map(state.departments.ranking.entries.map((e) => [e.unit.code, e.rank]));
  const findings = new Map(state.departments.quality.entries.map((e) => [e.unit.code, e.value.value]));
  const day = lastDay(state.quarter);
  const byUnit = new Map(state.overview.units.nodes.map((unit) => [unit.code, []]));
  procedures().forEach((p) => byUnit.get(p.competentUnit.code)?.push(p));
  const rows = state.overview.units.nodes.map((unit) => {
    const levels = onlineCounts(byUnit.get(unit.code), day);
    return {
      key: unit.code, unit, stats: statistics.get(unit.code), rank: ranks.get(unit.code) ?? null, levels,
      findings: findings.get(unit.code) ?? null,
    };
  });
  const stat = (f) => (row) => (row.stats ? f(row.stats) : null);
  const columns = [
    { key: 'rank', label: t('column.rank'), numeric: true, value: (r) => r.rank },
    {
      key: 'department',
      label: t('column.department'),
      value: (r) => r.unit.shortName ?? r.unit.name,
      cell: (r) => el('button', {
        type: 'button', className: 'link', dataset: { unit: r.unit.code }, onClick: () => openUnit(r.unit.code).catch(fail),
      }, r.unit.shortName ?? r.unit.name),
    },
    { key: 'received', label: t('column.received'), numeric: true, value: stat((s) => s.received), text: (r) => formatNumber(stat((s) => s.received)(r)) },
    { key: 'onlineRate', label: t('column.onlineRate'), numeric: true, value: stat((s) => s.onlineRate.percent), text: (r) => formatNumber(stat((s) => s.onlineRate.percent)(r), 1) },
    { key: 'onTimeRate', label: t('column.onTimeRate'), numeric: true, value: stat((s) => s.onTimeRate.percent), text: (r) => formatNumber(stat((s) => s.onTimeRate.percent)(r), 1) },
    { key: 'late', label: t('column.late'), numeric: true, value: stat((s) => s.lateRate.numerator), text: (r) => formatNumber(stat((s) => s.lateRate.numerator)(r)) },
    { key: 'full', label: t('column.full'), numeric: true, value: (r) => r.levels.FULL },
    { key: 'partial', label: t('column.partial'), numeric: true, value: (r) => r.levels.PARTIAL },
    { key: 'findings', label: t('column.findings'), numeric: true, value: (r) => r.findings },
  ];
  const rateChoice = el('select', {
    id: 'rank-by',
    onChange: (event) => rerank(event.target.value).catch(fail),
  }, ['ON_TIME', 'ONLINE', 'LATE'].map((rate) => el('option', { value: rate, selected: rate === state.rate }, t(`rate.${rate}`))));
  box.replaceChildren(
    el('div', { className: 'section-head' },
      el('h2', {}, `${t('departments.title')} – ${quarterLabel(state.quarter)}`),
      el('label', {}, `${t('departments.rankBy')} `, rateChoice),
      downloadButtons(Q.DEPARTMENT_STATISTICS, { province: state.province, period: periodInput(state.quarter), window: state.window },
        `so-lieu-ho-so-${state.province}-${state.quarter.year}-Q${state.quarter.quarter}`, fail)),
    sortableTable({
      id: 'department-table',
      columns,
      rows,
      sort: state.sort,
      onSort: (sort) => { state.sort = sort; renderDepartments(); },
    }),
    el('p', { className: 'hint' }, t('drill.hint')),
  );
}

/** The columns of a list of findings, the province's or a department's. */
function findingColumns() {
  const severities = ['ERROR', 'WARNING', 'NOTICE'];
  return [
    { key: 'severity', label: t('column.severity'), value: (f) => severities.indexOf(f.severity), text: (f) => t(`severity.${f.severity}`) },
    { key: 'unit', label: t('column.unit'), value: (f) => f.unit.shortName ?? f.unit.name },
    { key: 'rule', label: t('column.rule'), value: (f) => f.rule.description },
    {
      key: 'message',
      label: t('column.finding'),
      value: (f) => f.message,
      cell: (f) => (f.reportId ? el('a', { href: `report.html?id=${encodeURIComponent(f.reportId)}` }, f.message) : f.message),
    },
    { key: 'status', label: t('column.status'), value: (f) => f.status, text: (f) => t(`findingStatus.${f.status}`) },
    { key: 'comment', label: t('column.comment'), value: (f) => f.comment ?? '' },
  ];
}

/** The province's data-quality findings of the quarter, as the rules found them in what the units sent. */
function renderFindings() {
  const box = $('findings');
  if (!state.overview) {
    box.replaceChildren();
    return;
  }
  const count = (severity) => state.findings.filter((f) => f.severity === severity && f.status !== 'RESOLVED').length;
  box.replaceChildren(
    el('div', { className: 'section-head' },
      el('h2', {}, `${t('findings.title')} – ${quarterLabel(state.quarter)}`),
      downloadButtons(Q.PROVINCE_FINDINGS, { province: state.province, year: state.quarter.year, quarter: state.quarter.quarter },
        `phat-hien-${state.province}-${state.quarter.year}-Q${state.quarter.quarter}`, fail)),
    el('p', { id: 'findings-summary' }, ['ERROR', 'WARNING', 'NOTICE']
      .map((s) => `${t(`severity.${s}`)}: ${formatNumber(count(s))}`).join(' · '), ` ${t('findings.unresolved')}`),
    state.findings.length
      ? sortableTable({
        id: 'findings-table',
        columns: findingColumns(),
        rows: state.findings.map((f) => ({ ...f, key: f.id })),
        sort: state.findingSort,
        onSort: (sort) => { state.findingSort = sort; renderFindings(); },
      })
      : el('p', { className: 'hint' }, t('findings.none')),
  );
}

/** A department's own lists: each is one query, also sent by its download buttons. */
async function openUnit(code) {
  state.unit = code;
  remember();
  const period = periodInput(state.quarter);
  // [query, variables, the list's field, whether it is a connection read page after page]
  const lists = {
    procedures: [Q.UNIT_PROCEDURES, { unit: code }, 'procedures', true],
    byField: [Q.UNIT_STATISTICS_BY_FIELD, { unit: code, period, window: state.window }, 'dossierStatistics', false],
    observations: [Q.UNIT_OBSERVATIONS, { unit: code, year: state.quarter.year, quarter: state.quarter.quarter }, 'observations', true],
    reports: [Q.UNIT_REPORTS, { unit: code }, 'reports', true],
    findings: [Q.UNIT_FINDINGS, { unit: code, year: state.quarter.year, quarter: state.quarter.quarter }, 'dataFindings', true],
  };
  const [unit, ...answers] = await Promise.all([
    graphql(Q.UNIT, { unit: code }),
    ...Object.values(lists).map(([query, variables, field, paged]) => (paged
      ? allNodes(query, variables, field) : graphql(query, variables).then((data) => data[field]))),
  ]);
  state.drill = { unit: unit.unit, lists, answers: Object.fromEntries(Object.keys(lists).map((k, i) => [k, answers[i]])), sorts: {} };
  renderDrill();
  $('drill').scrollIntoView({ block: 'start' });
}

function renderDrill() {
  const { unit, lists, answers, sorts } = state.drill;
  const slug = unit.code;
  const part = (key, columns, rows) => el('section', { className: 'drill-part', id: `drill-${key}` },
    el('div', { className: 'section-head' },
      el('h3', {}, t(`drill.${key}`)),
      downloadButtons(lists[key][0], lists[key][1], `${key}-${slug}`, fail)),
    sortableTable({
      id: `table-${key}`,
      columns,
      rows,
      sort: sorts[key],
      onSort: (sort) => { sorts[key] = sort; renderDrill(); },
    }));
  const name = (indicator) => (language() === 'vi' ? indicator.nameVi : indicator.nameEn);
  $('drill').replaceChildren(
    el('div', { className: 'section-head' },
      el('h2', { id: 'drill-title' }, unit.name),
      el('button', { type: 'button', onClick: () => { state.unit = null; state.drill = null; $('drill').replaceChildren(); remember(); } }, t('drill.close'))),
    part('procedures', [
      { key: 'code', label: t('column.code'), value: (p) => p.code },
      { key: 'name', label: t('column.procedure'), value: (p) => p.name },
      { key: 'field', label: t('column.field'), value: (p) => p.field.name },
      { key: 'online', label: t('column.onlineService'), value: (p) => p.onlineService, text: (p) => (p.onlineService ? t(`online.${p.onlineService}`) : '–') },
      { key: 'publicised', label: t('column.publicised'), value: (p) => (p.publicised ? 1 : 0), text: (p) => t(p.publicised ? 'yes' : 'no') },
    ], answers.procedures.map((p) => ({ ...p, key: p.code }))),
    part('byField', [
      { key: 'field', label: t('column.field'), value: (s) => s.field.name },
      { key: 'received', label: t('column.received'), numeric: true, value: (s) => s.received, text: (s) => formatNumber(s.received) },
      { key: 'onlineRate', label: t('column.onlineRate'), numeric: true, value: (s) => s.onlineRate.percent, text: (s) => formatNumber(s.onlineRate.percent, 1) },
      { key: 'onTimeRate', label: t('column.onTimeRate'), numeric: true, value: (s) => s.onTimeRate.percent, text: (s) => formatNumber(s.onTimeRate.percent, 1) },
      { key: 'late', label: t('column.late'), numeric: true, value: (s) => s.resolvedLate + s.inProgressOverdue, text: (s) => formatNumber(s.resolvedLate + s.inProgressOverdue) },
    ], answers.byField.map((s) => ({ ...s, key: s.field.code }))),
    part('observations', [
      { key: 'indicator', label: t('column.indicator'), value: (o) => name(o.indicator) },
      {
        key: 'value',
        label: t('column.value'),
        numeric: true,
        value: (o) => o.value,
        text: (o) => (o.denominator === null ? formatNumber(o.value, Number.isInteger(o.value) ? 0 : 1)
          : `${formatNumber(o.value, 1)} % (${o.numerator}/${o.denominator})`),
      },
      { key: 'source', label: t('column.source'), value: (o) => o.source, text: (o) => t(`source.${o.source}`) },
    ], answers.observations.map((o) => ({ ...o, key: o.indicator.code }))),
    part('reports', [
      { key: 'period', label: t('column.period'), value: (r) => r.period.year * 10 + r.period.quarter, text: (r) => r.period.label },
      {
        key: 'title',
        label: t('column.report'),
        value: (r) => r.title,
        cell: (r) => el('a', { href: `report.html?id=${encodeURIComponent(r.id)}`, className: 'report-link' }, r.title),
      },
      { key: 'status', label: t('column.status'), value: (r) => r.status, text: (r) => t(`status.${r.status}`) },
    ], answers.reports.map((r) => ({ ...r, key: r.id }))),
    part('findings', findingColumns(), answers.findings.map((f) => ({ ...f, key: f.id }))),
  );
}

start().catch(fail);
