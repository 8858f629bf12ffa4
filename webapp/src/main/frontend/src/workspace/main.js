// My reports (workspace/): a unit subtree's reports of a year with their status, the quarters it has not reported
// yet, and the way to start each; what the caller may do is what the API says (viewer, Report.actions, reportsDue).
import './workspace.css';
import './messages.js';
import { allNodes, appUrl, graphql, mutate } from '../common/graphql.js';
import { onLanguageChange, t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { askToSignIn, may, showError, showStatus, startPage, viewer } from '../common/page.js';
import { REPORTING_UNITS, REPORTS_DUE, WORKSPACE_REPORTS } from '../common/queries.js';
import { CREATE_REPORT } from './mutations.js';

const content = document.getElementById('content');
const params = new URLSearchParams(location.search);
const THIS_YEAR = new Date().getFullYear();
let state = { units: [], reports: [], due: [] };

/** The reporter's own unit, or the one chosen in the URL or the list (those who read every unit choose). */
function chosenUnit() {
  return viewer().unit?.code ?? params.get('unit') ?? state.units.find((u) => u.kind === 'PROVINCE')?.code;
}

function chosenYear() {
  return Number(params.get('year') ?? THIS_YEAR);
}

/** The quarters of the year that have begun: those a unit can owe. */
function quartersOf(year) {
  const now = new Date();
  const last = year < now.getFullYear() ? 4 : Math.floor(now.getMonth() / 3) + 1;
  return { from: { type: 'QUARTER', year, number: 1 }, through: { type: 'QUARTER', year, number: last } };
}

async function load(who) {
  if (!who.name) {
    content.replaceChildren();
    askToSignIn();
    return;
  }
  if (!who.unit) {
    state.units = await allNodes(REPORTING_UNITS, {}, 'units');
  }
  const unit = chosenUnit();
  const year = chosenYear();
  const [reports, due] = await Promise.all([
    allNodes(WORKSPACE_REPORTS, { unit, year }, 'reports'),
    year <= THIS_YEAR ? graphql(REPORTS_DUE, { units: { within: unit }, ...quartersOf(year) }).then((d) => d.reportsDue) : [],
  ]);
  state = { ...state, reports, due };
  render();
}

function navigate(changes) {
  Object.entries(changes).forEach(([k, v]) => params.set(k, v));
  history.replaceState(null, '', `?${params}`);
  load(viewer()).catch(showError);
}

function controls() {
  const unitControl = viewer().unit
    ? el('p', { className: 'hint', id: 'own-unit' }, `${t('workspace.unit')}: ${viewer().unit.name}`)
    : el('label', {}, t('workspace.unit'), el('select', {
      id: 'unit', onChange: (e) => navigate({ unit: e.target.value }),
    }, state.units.map((u) => el('option', { value: u.code, selected: u.code === chosenUnit() }, `${u.name} (${u.code})`))));
  const years = Array.from({ length: THIS_YEAR - 2015 + 1 }, (_, i) => THIS_YEAR - i);
  return el('div', { className: 'toolbar' }, unitControl,
    el('label', {}, t('workspace.year'), el('select', {
      id: 'year', onChange: (e) => navigate({ year: e.target.value }),
    }, years.map((y) => el('option', { value: y, selected: y === chosenYear() }, String(y))))),
    may('INGEST_REPORT') ? el('a', { className: 'button', id: 'to-ingest', href: appUrl('workspace/ingest.html') }, t('workspace.ingest')) : null,
    may('IMPORT_DOSSIERS') ? el('a', { className: 'button', id: 'to-dossiers', href: appUrl('workspace/dossiers.html') }, t('workspace.dossiers')) : null);
}

const statusBadge = (status) => el('span', { className: `badge ${status}`, dataset: { status } }, t(`status.${status}`));

function reportsTable() {
  const rows = state.reports.map((r) => el('tr', { dataset: { report: r.id, period: `${r.period.year}-${r.period.quarter ?? r.period.number}` } },
    el('td', {}, r.period.label),
    el('td', {}, r.unit.name),
    el('td', {}, r.title),
    el('td', {}, statusBadge(r.status),
      r.returnReason ? el('div', { className: 'hint return-reason' }, t('report.returnReason', { reason: r.returnReason })) : null),
    el('td', { className: 'num' }, String(r.revision)),
    el('td', {}, el('div', { className: 'actions' },
      el('a', { className: r.actions.includes('EDIT') ? 'button primary open' : 'button open', href: appUrl(`workspace/report.html?id=${r.id}`) },
        t(r.actions.includes('EDIT') ? 'workspace.open' : 'workspace.view')),
      el('a', { className: 'button', href: appUrl(`report.html?id=${r.id}`) }, t('workspace.print'))))));
  if (!rows.length) {
    rows.push(el('tr', {}, el('td', { colSpan: 6, className: 'empty' }, t('list.empty'))));
  }
  return el('table', { id: 'reports', className: 'data' },
    el('caption', { className: 'hint' }, `${t('workspace.reports')} ${chosenYear()}`),
    el('thead', {}, el('tr', {}, ['col.period', 'col.unit', 'col.title', 'col.status', 'col.revision', 'col.actions']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, rows));
}

async function start(due) {
  try {
    const created = await mutate(CREATE_REPORT, { input: {
      unitCode: due.unit.code,
      period: { type: 'QUARTER', year: due.period.year, number: due.period.quarter },
      title: `Công tác cải cách hành chính ${due.period.label}`, // data, in Vietnamese as printed
    } });
    location.assign(appUrl(`workspace/report.html?id=${created.createReport.report.id}`));
  } catch (error) {
    showError(error);
  }
}

function dueTable() {
  if (!state.due.length) {
    return el('p', { id: 'due', className: 'hint' }, t('workspace.noneDue'));
  }
  return el('table', { id: 'due', className: 'data' },
    el('thead', {}, el('tr', {}, ['col.period', 'col.unit', 'col.dueOn', 'col.actions'].map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, state.due.map((d) => el('tr', { dataset: { unit: d.unit.code, period: `${d.period.year}-${d.period.quarter}` } },
      el('td', {}, d.period.label),
      el('td', {}, d.unit.name),
      el('td', {}, new Date(`${d.dueOn}T00:00:00`).toLocaleDateString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN')),
      el('td', {}, d.report
        ? el('a', { className: 'button open', href: appUrl(`workspace/report.html?id=${d.report.id}`) },
          `${t('workspace.open')} (${t(`status.${d.report.status}`)})`)
        : (may('CREATE_REPORT') ? el('button', { type: 'button', className: 'primary start', onClick: () => start(d) }, t('workspace.start')) : null))))));
}

function render() {
  showStatus(may('EDIT_REPORT') ? '' : t('workspace.readOnly'));
  content.replaceChildren(controls(),
    el('section', {}, el('h2', {}, t('workspace.due')), dueTable()),
    el('section', {}, el('h2', {}, t('workspace.reports')), reportsTable()));
}

onLanguageChange(() => viewer()?.name && render());
startPage(load);
