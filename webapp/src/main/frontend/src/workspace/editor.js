// A report's editor (workspace/report.html?id=): the heading, the outline and the figures of a draft (those checked by
// the API as the user types), each saved with the version last read — when someone else changed the report meanwhile
// the API refuses with CONFLICT and the page says so and offers to reload, never overwriting; then submitting, and the
// correction of an approved report. The preview is the report page's own layout. What is offered is what
// Report.actions allows the caller.
import './workspace.css';
import '../report/report.css';
import './editor.css';
import './messages.js';
import { allNodes, appUrl, graphql, GraphQLError, mutate } from '../common/graphql.js';
import { onLanguageChange, t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { reportDocument } from '../common/report-document.js';
import { askToSignIn, showError, showStatus, startPage } from '../common/page.js';
import { EDITOR_REPORT, FIGURES_CATALOGUE, UNIT_FIGURES } from '../common/queries.js';
import {
  CHECK_OBSERVATIONS, REPLACE_REPORT_SECTIONS, RECORD_OBSERVATIONS, REVISE_REPORT, SUBMIT_REPORT, UPDATE_REPORT_HEADING,
} from './mutations.js';
import { clearFieldErrors, field, showFieldErrors } from './fields.js';
import { mountOutline, outlineInput, outlineOf, standardOutline } from './outline.js';
import { mountFigures } from './figures.js';

const content = document.getElementById('content');
const id = new URLSearchParams(location.search).get('id');
let report = null;
let version = null;
let catalogue = null;
let previous = [];
let figures = null;
let outline = null;

async function load(who) {
  if (!who.name) {
    content.replaceChildren();
    askToSignIn();
    return;
  }
  await open();
}

/** Reads the report anew, with what the forms need, and shows it. */
async function open() {
  report = id ? (await graphql(EDITOR_REPORT, { id })).report : null;
  if (!report) {
    // another unit's draft is answered like an unknown id: the API does not say whether it exists
    content.replaceChildren();
    showStatus(t('report.notFound'));
    return;
  }
  version = report.version;
  catalogue ??= await graphql(FIGURES_CATALOGUE);
  if (editable()) {
    const p = report.period.quarter === 1 ? { year: report.period.year - 1, quarter: 4 } : { year: report.period.year, quarter: report.period.quarter - 1 };
    previous = (await graphql(UNIT_FIGURES, { unit: report.unit.code, ...p })).observations.nodes;
  }
  render();
}

const editable = () => report.actions.includes('EDIT');

function render() {
  document.title = `${report.title} – ${report.unit.name}`;
  showStatus();
  outline = report.sections.length ? outlineOf(report.sections) : standardOutline(report.period, catalogue.reformAreas);
  content.replaceChildren(
    summary(),
    el('div', { id: 'conflict', className: 'conflict', hidden: true, role: 'alert' }),
    editable() ? headingForm() : el('p', { className: 'hint', id: 'read-only' }, t('editor.readOnly')),
    editable() ? outlineSection() : null,
    editable() ? figuresSection() : null,
    actionsBar(),
    el('section', { className: 'preview-section' }, el('h2', {}, t('editor.preview')),
      el('article', { id: 'preview', className: 'document', lang: 'vi' })));
  renderPreview();
}

function summary() {
  return el('section', { id: 'summary' },
    el('h2', {}, report.title),
    el('p', {}, `${report.unit.name} · ${report.period.label} · `,
      el('span', { className: `badge ${report.status}`, id: 'report-status', dataset: { status: report.status } }, t(`status.${report.status}`)),
      report.revision > 1 ? ` · ${t('col.revision')} ${report.revision}` : ''),
    report.returnReason ? el('p', { className: 'conflict', id: 'return-reason' }, t('report.returnReason', { reason: report.returnReason })) : null);
}

function saveButton(id, label, save) {
  return el('button', { type: 'button', className: 'primary save', id, onClick: () => save().catch(showError) }, label);
}

/** Runs a write with the version last read; a refusal is shown at the fields it names, a stale version as a conflict. */
async function write(mutation, name, input, form) {
  clearFieldErrors(form);
  try {
    const answer = (await mutate(mutation, { input: { reportId: report.id, version, ...input } }))[name];
    version = answer.version;
    showStatus(t('editor.saved'));
    return answer;
  } catch (error) {
    if (error instanceof GraphQLError && error.conflict) {
      conflict();
    } else if (error instanceof GraphQLError && error.fields.size) {
      const unplaced = showFieldErrors(form, error.fields);
      showStatus(unplaced.length ? unplaced.join(' · ') : t('editor.fixErrors'));
      document.getElementById('status').className = 'status error';
    } else {
      showError(error);
    }
    return null;
  }
}

function conflict() {
  const banner = document.getElementById('conflict');
  banner.hidden = false;
  banner.replaceChildren(el('p', {}, t('editor.conflict')),
    el('button', { type: 'button', id: 'reload', className: 'primary', onClick: () => open().catch(showError) }, t('editor.reload')));
  document.getElementById('reload').focus();
}

function headingForm() {
  const form = el('form', { id: 'heading-form', onSubmit: (e) => e.preventDefault() });
  const f = (label, key, props) => field(label, { id: `heading-${key}`, path: key, ...props });
  const title = f(t('editor.titleField'), 'title', { value: report.title, size: 60, required: true });
  const number = f(t('editor.number'), 'number', { value: report.number ?? '', size: 18 });
  const place = f(t('editor.place'), 'place', { value: report.place ?? '', size: 16 });
  const dateLine = f(t('editor.dateLine'), 'dateLine', { value: report.dateLine ?? '', size: 26 });
  const issuedOn = f(t('editor.issuedOn'), 'issuedOn', { type: 'date', value: report.issuedOn ?? '' });
  const signerName = field(t('editor.signerName'), { id: 'heading-signer-name', path: 'signer.name', value: report.signer?.name ?? '', size: 24 });
  const signerPosition = field(t('editor.signerPosition'), { id: 'heading-signer-position', path: 'signer.position', value: report.signer?.position ?? '', size: 20 });
  const recipients = f(t('editor.recipients'), 'recipients', { tag: 'textarea', rows: 4, value: report.recipients.map((r) => r.text).join('\n') });
  const blank = (v) => (v.trim() === '' ? null : v.trim());
  const save = async () => {
    const name = blank(signerName.control.value);
    const position = blank(signerPosition.control.value);
    await write(UPDATE_REPORT_HEADING, 'updateReportHeading', {
      title: title.control.value,
      number: blank(number.control.value),
      place: blank(place.control.value),
      dateLine: blank(dateLine.control.value),
      issuedOn: blank(issuedOn.control.value),
      signer: name || position ? { name, position } : null,
      recipients: recipients.control.value.split('\n').map((r) => r.trim()).filter(Boolean),
    }, form) && refreshPreview();
  };
  form.append(el('div', { className: 'toolbar' }, title.label),
    el('div', { className: 'toolbar' }, number.label, place.label, dateLine.label, issuedOn.label),
    el('div', { className: 'toolbar' }, signerName.label, signerPosition.label),
    recipients.label, el('p', { className: 'hint' }, t('editor.recipientsHint')),
    saveButton('save-heading', t('editor.saveHeading'), save));
  return el('section', { id: 'heading' }, el('h2', {}, t('editor.heading')), form);
}

function outlineSection() {
  const container = el('div', { id: 'outline' });
  const form = el('form', { id: 'outline-form', onSubmit: (e) => e.preventDefault() }, container);
  mountOutline(container, outline);
  const save = async () => {
    await write(REPLACE_REPORT_SECTIONS, 'replaceReportSections', { sections: outlineInput(outline) }, form) && refreshPreview();
  };
  form.append(saveButton('save-outline', t('editor.saveOutline'), save));
  return el('section', { id: 'outline-section' }, el('h2', {}, t('editor.outline')),
    report.sections.length ? null : el('p', { className: 'hint', id: 'outline-template' }, t('editor.template')), form);
}

function figuresSection() {
  const container = el('div', { id: 'figures' });
  const form = el('form', { id: 'figures-form', onSubmit: (e) => e.preventDefault() }, container);
  const own = report.observations.nodes.filter((o) => o.unit.code === report.unit.code);
  figures = mountFigures(container, {
    indicators: catalogue.indicators, fields: catalogue.procedureFields, observations: own, previous,
  });
  // as the user types, the API checks the figures without recording them and the form shows what it would refuse; a
  // save cancels the check pending, and an answer overtaken by a later check or a save is not shown
  let pause = null;
  let asked = 0;
  const save = async () => {
    clearTimeout(pause);
    asked += 1;
    await write(RECORD_OBSERVATIONS, 'recordObservations', { observations: figures.input() }, form) && refreshPreview();
  };
  form.append(saveButton('save-figures', t('editor.saveFigures'), save));
  form.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => {
      const mine = ++asked;
      check(form, () => mine === asked).catch(showError);
    }, 600);
  });
  return el('section', { id: 'figures-section' }, el('h2', {}, t('editor.figures')),
    el('p', { className: 'hint' }, t('editor.figuresHint', { period: report.period.label })), form);
}

/** Asks the API to check the figures and shows its answer at their fields, while it is still the latest (`latest()`). */
async function check(form, latest) {
  try {
    await graphql(CHECK_OBSERVATIONS, { input: { reportId: report.id, version, observations: figures.input() } });
    if (latest()) {
      clearFieldErrors(form);
    }
  } catch (error) {
    if (!(error instanceof GraphQLError && error.fields.size)) {
      throw error;
    }
    if (latest()) {
      showFieldErrors(form, error.fields, false);
    }
  }
}

function actionsBar() {
  const buttons = [];
  if (report.actions.includes('SUBMIT')) {
    buttons.push(el('button', { type: 'button', id: 'submit', className: 'primary', onClick: () => submit().catch(showError) }, t('editor.submit')));
  }
  if (report.actions.includes('REVISE')) {
    const reason = field(t('editor.reviseReason'), { id: 'revise-reason', size: 40 });
    buttons.push(reason.label, el('button', { type: 'button', id: 'revise', onClick: () => revise(reason.control.value).catch(showError) }, t('editor.revise')));
  }
  buttons.push(el('a', { className: 'button', href: appUrl(`report.html?id=${report.id}`) }, t('workspace.print')),
    el('a', { className: 'button', href: appUrl('workspace/') }, t('editor.back')));
  return el('section', { id: 'actions', className: 'actions' }, buttons);
}

async function submit() {
  const done = await write(SUBMIT_REPORT, 'submitReport', {}, content);
  if (done) {
    await open();
    showStatus(t('editor.submitted'));
  }
}

async function revise(reason) {
  const done = await write(REVISE_REPORT, 'reviseReport', { reason: reason.trim() || null }, content);
  if (done) {
    location.assign(appUrl(`workspace/report.html?id=${done.report.id}`));
  }
}

/** The preview shows what is saved: the report read again after a save. */
async function refreshPreview() {
  const fresh = (await graphql(EDITOR_REPORT, { id })).report;
  if (!fresh) {
    await open(); // no longer readable, e.g. signed out meanwhile
    return;
  }
  report = { ...fresh, observations: report.observations };
  document.getElementById('summary').replaceWith(summary());
  renderPreview();
}

function renderPreview() {
  document.getElementById('preview').replaceChildren(...reportDocument(report));
}

onLanguageChange(() => report && render());
startPage(load);
