// Small helpers to build the pages' DOM without a framework.
import { download } from './graphql.js';
import { t } from './i18n.js';

/** el('td', {className: 'num', dataset: {value: 3}}, 'text', child) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') {
      Object.entries(value).forEach(([k, v]) => { node.dataset[k] = v; });
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value !== undefined && value !== null) {
      node[key] = value;
    }
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** A CSV and an XLSX button that download what the query answers, through the export endpoint. */
export function downloadButtons(query, variables, name, onError) {
  const button = (format) => el('button', {
    type: 'button',
    className: `download download-${format}`,
    onClick: () => download(query, variables, format, name).catch(onError),
  }, t(`download.${format}`));
  return el('span', { className: 'downloads' }, button('csv'), button('xlsx'));
}

/**
 * A table whose columns sort on a click: columns are {key, label, value(row) for sorting and data-value,
 * text(row) or cell(row) for display, numeric}. Rows without a value sort last either way.
 */
export function sortableTable({ id, columns, rows, sort, onSort }) {
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column ? [...rows].sort((a, b) => compare(column.value(a), column.value(b), sort.dir)) : rows;
  const head = el('tr', {}, columns.map((c) => el('th', {
    scope: 'col',
    className: c.numeric ? 'num' : '',
    dataset: { key: c.key },
    ariaSort: c.key === sort?.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none',
  }, el('button', {
    type: 'button',
    className: 'sort',
    onClick: () => onSort({ key: c.key, dir: c.key === sort?.key ? -sort.dir : (c.numeric ? -1 : 1) }),
  }, c.label, c.key === sort?.key ? (sort.dir > 0 ? ' ▲' : ' ▼') : ''))));
  const body = sorted.map((row) => el('tr', { dataset: { row: row.key ?? '' } }, columns.map((c) => {
    const value = c.value(row);
    return el('td', {
      className: c.numeric ? 'num' : '',
      dataset: { key: c.key, value: value ?? '' },
    }, c.cell ? c.cell(row) : (c.text ? c.text(row) : String(value ?? '–')));
  })));
  if (!rows.length) {
    body.push(el('tr', {}, el('td', { colSpan: columns.length, className: 'empty' }, t('list.empty'))));
  }
  return el('table', { id, className: 'data' }, el('thead', {}, head), el('tbody', {}, body));
}

function compare(a, b, dir) {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) {
    return missingA === missingB ? 0 : (missingA ? 1 : -1);
  }
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'vi');
  return order * dir;
}
