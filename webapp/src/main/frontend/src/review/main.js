// Home Affairs' review (review/): the reports of a quarter sent by a province's departments and districts (those
// waiting for a decision first), each with its key
// figures beside last quarter's as Home Affairs counts them, opened in the report layout, returned with a reason or
// approved (the buttons are those Report.actions allows); the data-quality findings of each report, acknowledged with
// a comment or resolved where the caller may; and who has not reported yet (reportsDue).
import '../workspace/workspace.css';
import '../workspace/messages.js';
import { allNodes, appUrl, graphql, GraphQLError, mutate } from '../common/graphql.js';
import { formatNumber, onLanguageChange, t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { askToSignIn, may, showError, showStatus, startPage, viewer } from '../common/page.js';
import {
  PROVINCES, REPORTS_DUE, REVIEW_FIGURES, REVIEW_FINDINGS, REVIEW_REPORTS,
} from '../common/queries.js';
import { APPROVE_REPORT, CHANGE_DATA_FINDING_STATUS, RETURN_REPORT } from '../workspace/mutations.js';

const content = document.getElementById('content');
const params = new URLSearchParams(location.search);
const FIGURES = ['received', 'resolved', 'late', 'online', 'procedures'];
let state = { provinces: [], reports: [], figures: {}, due: [], findings: [] };

/** The province reviewed: the one in the URL, else the first. */
const province = () => params.get('province') ?? state.provinces[0]?.code;

/** The quarter reviewed: the one in the URL, else the last quarter that has ended. */
function quarter() {
  const now = new Date();
  const current = Math.floor(now.getMonth() / 3) + 1;
  const fallback = current === 1 ? { year: now.getFullYear() - 1, quarter: 4 } : { year: now.getFullYear(), quarter: current - 1 };
  return { year: Number(params.get('year') ?? fallback.year), quarter: Number(params.get('quarter') ?? fallback.quarter) };
}

const previousOf = ({ year, quarter: q }) => (q === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: q - 1 });
const periodInput = ({ year, quarter: q }) => ({ type: 'QUARTER', year, number: q });

async function load(who) {
  if (!who.name) {
    content.replaceChildren();
    askToSignIn();
    return;
  }
  const q = quarter();
  state.provinces = (await graphql(PROVINCES)).units.nodes;
  const units = { within: province() };
  const [reports, due, findings] = await Promise.all([
    allNodes(REVIEW_REPORTS, { ...q, units }, 'reports'),
    graphql(REPORTS_DUE, { units, from: periodInput(q) }).then((d) => d.reportsDue),
    allNodes(REVIEW_FINDINGS, { ...q, units }, 'dataFindings'),
  ]);
  const figures = reports.length
    ? await graphql(REVIEW_FIGURES, { units: reports.map((r) => r.unit.code), from: periodInput(previousOf(q)), to: periodInput(q) })
    : {};
  state = { ...state, reports, figures, due, findings };
  render();
}

function navigate(changes) {
  Object.entries(changes).forEach(([k, v]) => params.set(k, v));
  history.replaceState(null, '', `?${params}`);
  load(viewer()).catch(showError);
}

/** A unit's figure of the quarter and the one before, "12 / 9", as the series give them. */
function figureOf(key, unitCode) {
  const series = (state.figures[key] ?? []).find((s) => s.unit.code === unitCode);
  const q = quarter();
  const show = (period) => {
    const point = series?.points.find((p) => p.period.year === period.year && p.period.quarter === period.quarter);
    const v = point?.value;
    if (!v) {
      return '–';
    }
    return v.numerator !== null ? `${v.numerator}/${v.denominator}` : formatNumber(v.value);
  };
  return { current: show(q), previous: show(previousOf(q)) };
}

function controls() {
  const q = quarter();
  const thisYear = new Date().getFullYear();
  return el('div', { className: 'toolbar' },
    el('label', {}, t('dashboard.province'), el('select', { id: 'province', onChange: (e) => navigate({ province: e.target.value }) },
      state.provinces.map((p) => el('option', { value: p.code, selected: p.code === province() }, p.name)))),
    el('label', {}, t('review.year'), el('select', { id: 'year', onChange: (e) => navigate({ year: e.target.value }) },
      Array.from({ length: thisYear - 2015 + 1 }, (_, i) => thisYear - i).map((y) => el('option', { value: y, selected: y === q.year }, String(y))))),
    el('label', {}, t('review.quarter'), el('select', { id: 'quarter', onChange: (e) => navigate({ quarter: e.target.value }) },
      [1, 2, 3, 4].map((n) => el('option', { value: n, selected: n === q.quarter }, String(n))))));
}

async function decide(report, mutation, input, done) {
  try {
    await mutate(mutation, { input: { reportId: report.id, version: report.version, ...input } });
    await load(viewer());
    showStatus(t(done));
  } catch (error) {
    if (error instanceof GraphQLError && error.conflict) {
      showStatus(t('editor.conflict'));
      document.getElementById('status').className = 'status error';
    } else {
      showError(error);
    }
  }
}

function returnControls(report) {
  const box = el('div', { className: 'return-box', hidden: true });
  const reason = el('textarea', { id: `reason-${report.id}`, rows: 2, className: 'reason' });
  box.append(el('label', {}, t('review.reason'), reason),
    el('button', { type: 'button', className: 'danger confirm-return', onClick: () => decide(report, RETURN_REPORT,
      { reason: reason.value }, 'review.returned') }, t('review.confirmReturn')));
  const open = el('button', { type: 'button', className: 'danger return', ariaExpanded: 'false', onClick: () => {
    box.hidden = !box.hidden;
    open.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) {
      reason.focus();
    }
  } }, t('review.return'));
  return [open, box];
}

async function moveFinding(finding, status, comment) {
  try {
    await mutate(CHANGE_DATA_FINDING_STATUS, { input: { id: finding.id, version: finding.version, status, comment } });
    await load(viewer());
    showStatus(t(`review.finding.${status}`));
  } catch (error) {
    showError(error);
  }
}

/** A report's findings: each with its severity, what it says and where it stands, moved here where the caller may. */
function findingsOf(report) {
  const found = state.findings.filter((f) => f.reportId === report.id);
  if (!found.length) {
    return el('span', { className: 'hint' }, t('review.noFinding'));
  }
  return el('ul', { className: 'findings' }, found.map((f) => {
    const comment = el('input', { type: 'text', className: 'finding-comment', ariaLabel: t('review.findingComment') });
    const moves = may('CHANGE_FINDING_STATUS') && f.status === 'OPEN'
      ? el('div', { className: 'finding-moves' }, comment,
        el('button', { type: 'button', className: 'acknowledge', onClick: () => moveFinding(f, 'ACKNOWLEDGED', comment.value) },
          t('review.acknowledge')),
        el('button', { type: 'button', className: 'resolve', onClick: () => moveFinding(f, 'RESOLVED', comment.value) },
          t('review.resolve')))
      : null;
    return el('li', { dataset: { finding: f.id, rule: f.rule.code, status: f.status } },
      el('span', { className: `badge ${f.severity}` }, t(`severity.${f.severity}`)), ' ', f.message, ' ',
      el('span', { className: 'hint finding-status' }, t(`findingStatus.${f.status}`) + (f.comment ? ` – ${f.comment}` : '')),
      moves);
  }));
}

function reportsTable() {
  const rows = state.reports.map((r) => el('tr', { dataset: { report: r.id, unit: r.unit.code } },
    el('td', {}, r.unit.name),
    el('td', {}, el('a', { href: appUrl(`report.html?id=${r.id}`), className: 'open-report' }, r.title)),
    el('td', {}, el('span', { className: `badge ${r.status}`, dataset: { status: r.status } }, t(`status.${r.status}`)),
      r.returnReason ? el('div', { className: 'hint' }, t('report.returnReason', { reason: r.returnReason })) : null),
    el('td', {}, el('dl', { className: 'figures' }, FIGURES.map((key) => {
      const f = figureOf(key, r.unit.code);
      return [el('dt', {}, t(`indicator.${key}`)), el('dd', { dataset: { figure: key, current: f.current, previous: f.previous } }, `${f.current} / ${f.previous}`)];
    }).flat())),
    el('td', { className: 'report-findings' }, findingsOf(r)),
    el('td', {}, el('div', { className: 'actions' },
      r.actions.includes('RETURN') ? returnControls(r) : null,
      r.actions.includes('APPROVE') ? el('button', { type: 'button', className: 'primary approve',
        onClick: () => decide(r, APPROVE_REPORT, {}, 'review.approved') }, t('review.approve')) : null))));
  if (!rows.length) {
    rows.push(el('tr', {}, el('td', { colSpan: 6, className: 'empty' }, t('list.empty'))));
  }
  return el('table', { id: 'review-reports', className: 'data' },
    el('thead', {}, el('tr', {}, ['col.unit', 'col.title', 'col.status', 'review.figures', 'review.findings', 'col.actions'].map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, rows));
}

function dueTable() {
  if (!state.due.length) {
    return el('p', { id: 'not-reported', className: 'hint' }, t('review.allReported'));
  }
  return el('table', { id: 'not-reported', className: 'data' },
    el('thead', {}, el('tr', {}, ['col.unit', 'col.dueOn', 'col.inProgress'].map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, state.due.map((d) => el('tr', { dataset: { unit: d.unit.code } },
      el('td', {}, d.unit.name),
      el('td', {}, d.dueOn),
      el('td', {}, d.report ? t(`status.${d.report.status}`) : '–')))));
}

function render() {
  content.replaceChildren(controls(),
    el('section', {}, el('h2', {}, t('review.reports')), reportsTable()),
    el('section', {}, el('h2', {}, t('review.notReported')), dueTable()));
}

onLanguageChange(() => viewer()?.name && render());
startPage(load);
