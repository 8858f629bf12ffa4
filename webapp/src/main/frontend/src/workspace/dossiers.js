// Dossier upload (workspace/dossiers.html): a reporter sends its one-stop system's export (CSV or JSON) as an import
// job, follows the job while it runs, and reads how it ended: the counts, every error by line and column, and the
// caller's past imports. Who may import is what the API says (viewer.permissions).
import './workspace.css';
import './dossiers.css';
import { GraphQLError, graphql, upload } from '../common/graphql.js';
import { addMessages, formatNumber, language, onLanguageChange, t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { askToSignIn, may, showError, showStatus, startPage, viewer } from '../common/page.js';
import { IMPORT_JOB, IMPORT_JOBS } from '../common/queries.js';
import { dropZone } from './drop-zone.js';

const RUNNING = ['QUEUED', 'VALIDATING', 'WRITING'];
const POLL_MS = 500;

addMessages({
  vi: {
    'dossiers.title': 'Nhập hồ sơ từ hệ thống một cửa',
    'dossiers.upload': 'Tệp xuất từ hệ thống một cửa',
    'dossiers.choose': 'Chọn tệp CSV hoặc JSON, hoặc kéo thả tệp vào ô này',
    'dossiers.formats': 'Các cột (dòng tiêu đề của tệp CSV, hoặc khóa của tệp JSON): dossierCode, unitCode, procedureCode, receivedOn, dueOn, closedOn, channel, kind, status; ngày dạng yyyy-MM-dd hoặc dd/MM/yyyy. Chỉ cần một dòng lỗi là không hồ sơ nào được ghi.',
    'dossiers.notAllowed': 'Tài khoản này không được nhập hồ sơ. Chỉ đơn vị báo cáo (cho các đơn vị của mình) và quản trị viên được nhập hồ sơ từ hệ thống một cửa.',
    'dossiers.notCsvOrJson': 'Tệp {name} không phải tệp CSV hoặc JSON.',
    'dossiers.sending': 'Đang gửi tệp {name}…',
    'dossiers.running': 'Lượt nhập đang chạy',
    'dossiers.progress': '{state}: đã đọc {read}/{total} dòng, {valid} dòng hợp lệ, {written} hồ sơ đã ghi',
    'dossiers.result': 'Kết quả lượt nhập',
    'dossiers.succeeded': 'Mọi dòng đều hợp lệ và đã được ghi; hồ sơ không đổi được giữ nguyên.',
    'dossiers.failed': 'Tệp có lỗi nên không hồ sơ nào được ghi. Sửa các dòng dưới đây rồi nhập lại cả tệp.',
    'dossiers.rowsRead': 'Số dòng đã đọc',
    'dossiers.rowsWritten': 'Hồ sơ đã ghi',
    'dossiers.rowsSkipped': 'Hồ sơ không đổi',
    'dossiers.errorCount': 'Số lỗi',
    'dossiers.errors': 'Các lỗi',
    'dossiers.errorsKept': 'Hiển thị {shown} lỗi đầu tiên trong tổng số {count} lỗi.',
    'dossiers.errorsCsv': 'Tải danh sách lỗi (CSV)',
    'dossiers.history': 'Các lượt nhập trước',
    'dossiers.historyHint': '20 lượt nhập gần nhất của tài khoản này, mới nhất trước',
    'dossiers.col.line': 'Dòng',
    'dossiers.col.column': 'Cột',
    'dossiers.col.code': 'Mã lỗi',
    'dossiers.col.reason': 'Lý do',
    'dossiers.col.createdAt': 'Thời điểm nhập',
    'dossiers.col.format': 'Định dạng',
    'dossiers.col.state': 'Trạng thái',
    'dossiers.status.running': 'Lượt nhập {id}: {state}…',
    'dossiers.status.SUCCEEDED': 'Đã nhập xong: {written} hồ sơ đã ghi, {skipped} hồ sơ không đổi.',
    'dossiers.status.FAILED': 'Lượt nhập thất bại với {count} lỗi; không hồ sơ nào được ghi.',
    'importState.QUEUED': 'Đang chờ',
    'importState.VALIDATING': 'Đang kiểm tra',
    'importState.WRITING': 'Đang ghi',
    'importState.SUCCEEDED': 'Thành công',
    'importState.FAILED': 'Thất bại',
  },
  en: {
    'dossiers.title': 'Import one-stop dossiers',
    'dossiers.upload': 'One-stop system export',
    'dossiers.choose': 'Choose a CSV or JSON file, or drop it on this box',
    'dossiers.formats': 'Columns (the CSV file\'s header line, or the JSON file\'s keys): dossierCode, unitCode, procedureCode, receivedOn, dueOn, closedOn, channel, kind, status; dates as yyyy-MM-dd or dd/MM/yyyy. A single bad row and no dossier is written.',
    'dossiers.notAllowed': 'This account may not import dossiers. Reporting units (for their own units) and administrators import one-stop dossiers.',
    'dossiers.notCsvOrJson': 'The file {name} is neither CSV nor JSON.',
    'dossiers.sending': 'Sending {name}…',
    'dossiers.running': 'Import in progress',
    'dossiers.progress': '{state}: {read} of {total} rows read, {valid} valid, {written} dossiers written',
    'dossiers.result': 'Import result',
    'dossiers.succeeded': 'Every row was valid and has been written; unchanged dossiers were left as they were.',
    'dossiers.failed': 'The file has errors, so no dossier was written. Correct the rows below and import the whole file again.',
    'dossiers.rowsRead': 'Rows read',
    'dossiers.rowsWritten': 'Dossiers written',
    'dossiers.rowsSkipped': 'Dossiers unchanged',
    'dossiers.errorCount': 'Errors',
    'dossiers.errors': 'Errors',
    'dossiers.errorsKept': 'The first {shown} of {count} errors.',
    'dossiers.errorsCsv': 'Download the errors (CSV)',
    'dossiers.history': 'Past imports',
    'dossiers.historyHint': 'This account\'s 20 latest imports, newest first',
    'dossiers.col.line': 'Line',
    'dossiers.col.column': 'Column',
    'dossiers.col.code': 'Code',
    'dossiers.col.reason': 'Reason',
    'dossiers.col.createdAt': 'Started',
    'dossiers.col.format': 'Format',
    'dossiers.col.state': 'State',
    'dossiers.status.running': 'Import {id}: {state}…',
    'dossiers.status.SUCCEEDED': 'Imported: {written} dossiers written, {skipped} unchanged.',
    'dossiers.status.FAILED': 'The import failed with {count} errors; no dossier was written.',
    'importState.QUEUED': 'Queued',
    'importState.VALIDATING': 'Validating',
    'importState.WRITING': 'Writing',
    'importState.SUCCEEDED': 'Succeeded',
    'importState.FAILED': 'Failed',
  },
});

const content = document.getElementById('content');
// sending: the name of the file on its way; rows: how many the page counted in it, the progress bar's end
let state = { sending: null, job: null, rows: null, jobs: [] };
let timer = null;
const parts = { upload: el('section', { id: 'upload' }), job: el('div', { id: 'job-view' }), history: el('section', { id: 'history' }) };

const busy = () => state.sending !== null || RUNNING.includes(state.job?.state);

async function load(who) {
  clearTimeout(timer);
  state = { sending: null, job: null, rows: null, jobs: [] };
  if (!who.name) {
    content.replaceChildren();
    askToSignIn();
    return;
  }
  if (!may('IMPORT_DOSSIERS')) {
    content.replaceChildren(el('p', { id: 'no-upload', className: 'hint' }, t('dossiers.notAllowed')));
    return;
  }
  state.jobs = (await graphql(IMPORT_JOBS)).importJobs.nodes;
  content.replaceChildren(parts.upload, parts.job, parts.history);
  render();
}

/** The file's format by its name's extension, else by its media type; null when it is neither. */
function formatOf(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') {
    return 'CSV';
  }
  return name.endsWith('.json') || file.type === 'application/json' ? 'JSON' : null;
}

/**
 * How many dossiers the file holds as far as the page can tell, for the progress bar's end (the job counts the rows it
 * has read): a CSV's non-blank lines after the header (a quoted value over several lines counts each, leaving the bar
 * short of its end); a JSON array's length; null when the JSON does not parse, which the job will report.
 */
function rowsIn(text, format) {
  if (format === 'CSV') {
    return text.split(/\r?\n/).slice(1).filter((line) => line.trim()).length;
  }
  try {
    const rows = JSON.parse(text);
    return Array.isArray(rows) ? rows.length : null;
  } catch {
    return null;
  }
}

async function importFile(file) {
  if (busy()) {
    return;
  }
  const format = formatOf(file);
  if (!format) {
    showError(new Error(t('dossiers.notCsvOrJson', { name: file.name })));
    return;
  }
  const text = await file.text();
  state = { ...state, sending: file.name, job: null, rows: rowsIn(text, format) };
  render();
  try {
    // the file goes as it is to the upload endpoint, whose limit is a one-stop export's (cchc.import.max-body-bytes),
    // not a GraphQL request's
    const { jobId, state: queued } = await upload('import/dossiers', {}, file, format === 'CSV' ? 'text/csv' : 'application/json');
    // the job as the endpoint started it, which has read nothing yet; the next poll gives its counts
    follow({ id: jobId, state: queued, rowsRead: 0, rowsValid: 0, rowsWritten: 0 });
  } catch (error) {
    state.sending = null;
    render();
    showError(error);
  }
}

/** Shows the job as the API gave it, and asks again after a while as long as it runs. */
function follow(job) {
  state = { ...state, sending: null, job };
  if (RUNNING.includes(job.state)) {
    render();
    timer = setTimeout(() => poll(job.id), POLL_MS);
  } else {
    // the ended job joins the past imports
    graphql(IMPORT_JOBS).then((d) => {
      state.jobs = d.importJobs.nodes;
      render();
    }, (error) => {
      render();
      showError(error);
    });
  }
}

async function poll(id) {
  const following = () => state.job?.id === id; // not signed out meanwhile
  try {
    const { importJob } = await graphql(IMPORT_JOB, { id });
    if (following()) {
      follow(importJob);
    }
  } catch (error) {
    // a lost answer is asked again, more slowly; a refused one waits for signing in again, which starts afresh
    if (following()) {
      showError(error);
      if (!(error instanceof GraphQLError && error.needsSignIn)) {
        timer = setTimeout(() => poll(id), 4 * POLL_MS);
      }
    }
  }
}

/** What #status says of the import now: its state while it runs, then how it ended. */
function statusText() {
  const { sending, job } = state;
  if (sending !== null) {
    return t('dossiers.sending', { name: sending });
  }
  if (!job) {
    return '';
  }
  if (RUNNING.includes(job.state)) {
    return t('dossiers.status.running', { id: job.id, state: t(`importState.${job.state}`) });
  }
  return t(`dossiers.status.${job.state}`, {
    written: formatNumber(job.rowsWritten), skipped: formatNumber(job.rowsSkipped), count: formatNumber(job.errorCount),
  });
}

function render() {
  const status = statusText();
  // said again only when it changes, so that a screen reader hears the job's states, not every poll
  if (document.getElementById('status').textContent !== status) {
    showStatus(status);
  }
  renderUpload();
  parts.job.replaceChildren(...[state.sending !== null || RUNNING.includes(state.job?.state) ? progressView()
    : (state.job ? resultView(state.job) : null)].filter(Boolean));
  parts.history.replaceChildren(el('h2', {}, t('dossiers.history')), historyTable());
}

function renderUpload() {
  const input = parts.upload.querySelector('#dossier-file');
  if (input) { // kept across renders, so that focus stays on it
    input.disabled = busy();
    parts.upload.querySelector('h2').textContent = t('dossiers.upload');
    parts.upload.querySelector('label').textContent = t('dossiers.choose');
    parts.upload.querySelector('.hint').textContent = t('dossiers.formats');
    return;
  }
  const zone = dropZone({
    inputId: 'dossier-file',
    accept: '.csv,.json,text/csv,application/json',
    label: t('dossiers.choose'),
    hint: t('dossiers.formats'),
    disabled: busy(),
    onFile: importFile,
  });
  parts.upload.replaceChildren(el('h2', {}, t('dossiers.upload')), zone);
}

const badge = (importState) => el('span', { className: `badge ${importState}`, dataset: { state: importState } }, t(`importState.${importState}`));

function progressView() {
  const { job, rows } = state;
  // read rows move while validating (every 10,000 rows); every row read is valid once writing starts
  const done = job?.state === 'WRITING' ? job.rowsValid : job?.rowsRead;
  const text = job
    ? t('dossiers.progress', {
      state: t(`importState.${job.state}`),
      read: formatNumber(job.rowsRead),
      total: formatNumber(rows),
      valid: formatNumber(job.rowsValid),
      written: formatNumber(job.rowsWritten),
    })
    : t('dossiers.sending', { name: state.sending });
  return el('section', { id: 'job', dataset: job ? { job: job.id, state: job.state } : {} },
    el('h2', {}, t('dossiers.running')),
    el('label', { htmlFor: 'job-progress', id: 'job-progress-text' }, text),
    // without a row count or a job yet the bar is indeterminate: it has no value
    el('progress', { id: 'job-progress', max: rows || 1, value: rows && job ? Math.min(done, rows) : undefined }));
}

const countView = (key, field, job) => el('div', {},
  el('dt', {}, t(key)),
  el('dd', { dataset: { count: field, value: job[field] } }, formatNumber(job[field])));

function resultView(job) {
  return el('section', { id: 'result', dataset: { job: job.id, state: job.state } },
    el('h2', {}, t('dossiers.result'), ' ', badge(job.state)),
    el('p', { className: 'hint' }, t(job.state === 'SUCCEEDED' ? 'dossiers.succeeded' : 'dossiers.failed')),
    el('dl', { className: 'counts' },
      countView('dossiers.rowsRead', 'rowsRead', job),
      countView('dossiers.rowsWritten', 'rowsWritten', job),
      countView('dossiers.rowsSkipped', 'rowsSkipped', job),
      countView('dossiers.errorCount', 'errorCount', job)),
    job.errors.length ? errorsView(job) : null);
}

function errorsView(job) {
  return el('div', { className: 'errors' },
    el('div', { className: 'toolbar' },
      el('h3', {}, t('dossiers.errors')),
      el('button', { type: 'button', id: 'errors-csv', className: 'download', onClick: () => downloadErrors(job) }, t('dossiers.errorsCsv'))),
    job.errorCount > job.errors.length
      ? el('p', { className: 'hint' }, t('dossiers.errorsKept', { shown: formatNumber(job.errors.length), count: formatNumber(job.errorCount) }))
      : null,
    el('table', { id: 'errors', className: 'data' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', className: 'num' }, t('dossiers.col.line')),
        el('th', { scope: 'col' }, t('dossiers.col.column')),
        el('th', { scope: 'col' }, t('dossiers.col.reason')))),
      el('tbody', {}, job.errors.map((e) => el('tr', { dataset: { line: e.line, column: e.column ?? '', code: e.code } },
        el('td', { className: 'num' }, String(e.line)),
        el('td', {}, e.column ?? '–'),
        el('td', {}, e.message))))));
}

/** The job's errors as a CSV file, made here from the errors the page holds (the export endpoint writes query lists). */
function downloadErrors(job) {
  const cell = (value) => {
    // a leading = + - @ would make a spreadsheet run the cell as a formula
    const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = ['dossiers.col.line', 'dossiers.col.column', 'dossiers.col.code', 'dossiers.col.reason'].map((k) => t(k));
  const lines = [header, ...job.errors.map((e) => [String(e.line), e.column ?? '', e.code, e.message])]
    .map((row) => row.map(cell).join(','));
  // the byte-order mark makes spreadsheets read the Vietnamese reasons as UTF-8
  const file = new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
  const link = el('a', { href: URL.createObjectURL(file), download: `loi-nhap-ho-so-${job.id}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

const when = (instant) => new Date(instant).toLocaleString(language() === 'en' ? 'en-GB' : 'vi-VN');

const countCell = (job, field) => el('td', { className: 'num', dataset: { key: field, value: job[field] } }, formatNumber(job[field]));

function historyTable() {
  const rows = state.jobs.map((j) => el('tr', { dataset: { job: j.id, state: j.state } },
    el('td', {}, when(j.createdAt)),
    el('td', {}, j.format),
    el('td', {}, badge(j.state)),
    countCell(j, 'rowsRead'),
    countCell(j, 'rowsWritten'),
    countCell(j, 'rowsSkipped'),
    countCell(j, 'errorCount')));
  if (!rows.length) {
    rows.push(el('tr', {}, el('td', { colSpan: 7, className: 'empty' }, t('list.empty'))));
  }
  return el('table', { id: 'import-jobs', className: 'data' },
    el('caption', { className: 'hint' }, t('dossiers.historyHint')),
    el('thead', {}, el('tr', {},
      ['dossiers.col.createdAt', 'dossiers.col.format', 'dossiers.col.state'].map((k) => el('th', { scope: 'col' }, t(k))),
      ['dossiers.rowsRead', 'dossiers.rowsWritten', 'dossiers.rowsSkipped', 'dossiers.errorCount']
        .map((k) => el('th', { scope: 'col', className: 'num' }, t(k))))),
    el('tbody', {}, rows));
}

// the API words the errors' reasons in the page's language: a finished job is asked again in the new one
onLanguageChange(async () => {
  if (!viewer()?.name) {
    return;
  }
  if (!may('IMPORT_DOSSIERS')) {
    document.getElementById('no-upload').textContent = t('dossiers.notAllowed');
    return;
  }
  render();
  const shown = state.job;
  if (shown && !RUNNING.includes(shown.state)) {
    try {
      const { importJob } = await graphql(IMPORT_JOB, { id: shown.id });
      if (state.job === shown) {
        state.job = importJob;
        render();
      }
    } catch (error) {
      showError(error);
    }
  }
});
startPage(load);
