// The figures form (số liệu báo cáo): the standard indicators of the period as inputs — a count or a percentage,
// x/y for a ratio — with breakdowns by procedure field and dossier kind, last period's value beside each. The whole
// set is recorded anew on save (recordObservations); the API's refusals name observations[N], which the form maps
// back to the row it sent as N.
import { formatNumber, language, t } from '../common/i18n.js';
import { el } from '../common/dom.js';
import { field } from './fields.js';

const FIELD = 'FIELD';
const KIND = 'DOSSIER_KIND';

/** A breakdown's key whatever the order of its members: "" for the total. */
const keyOf = (breakdown) => breakdown.map((m) => `${m.dimension}=${m.member}`).sort().join(',');

/** A value as shown: x/y for a ratio, a count whole, a percentage to two decimals. */
const display = (o, indicator) => (indicator.measure === 'RATIO' ? `${o.numerator}/${o.denominator}`
  : formatNumber(o.value, indicator.measure === 'PERCENT' ? 2 : 0));
const raw = (o, indicator) => (indicator.measure === 'RATIO' ? `${o.numerator}/${o.denominator}` : String(o.value));

/**
 * Mounts the form; `observations` are the report's own (its unit's), `previous` the unit's of the quarter before.
 * Gives {input(): the observations to record, assigning each sent row's inputs its path}.
 */
export function mountFigures(container, { indicators, fields, observations, previous }) {
  const last = new Map(previous.map((o) => [`${o.indicator.code}|${keyOf(o.breakdown)}`, o]));
  const rows = [];
  indicators.forEach((indicator) => {
    const own = observations.filter((o) => o.indicator.code === indicator.code);
    const total = own.find((o) => !o.breakdown.length);
    rows.push(row(indicator, [], total));
    own.filter((o) => o.breakdown.length).forEach((o) => rows.push(row(indicator, o.breakdown, o)));
  });

  function row(indicator, breakdown, observed) {
    return {
      indicator,
      field: breakdown.find((m) => m.dimension === FIELD) ?? null,
      kind: breakdown.find((m) => m.dimension === KIND) ?? null,
      value: observed?.value ?? null,
      numerator: observed?.numerator ?? null,
      denominator: observed?.denominator ?? null,
      inputs: {},
    };
  }

  const ratio = (indicator) => indicator.measure === 'RATIO';
  const name = (indicator) => (language() === 'en' ? indicator.nameEn : indicator.nameVi);
  const number = (text) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

  function numberInput(r, key, label) {
    const f = field(label, { type: 'text', inputMode: 'decimal', size: 7, value: r[key] ?? '', className: `figure-${key}`,
      dataset: { indicator: r.indicator.code, part: key },
      onInput: (e) => { r[key] = number(e.target.value); } });
    r.inputs[key] = f.control;
    return f.label;
  }

  function breakdownCells(r) {
    if (!r.field && !r.kind && !r.breakdownRow) {
      return el('td', {}, t('figures.total'));
    }
    const fieldSelect = field(t('figures.field'), { tag: 'select', className: 'breakdown-field', onChange: (e) => {
      const chosen = fields.find((f) => f.code === e.target.value);
      r.field = chosen ? { dimension: FIELD, member: chosen.code, label: chosen.name } : null;
    } }, el('option', { value: '' }, '—'), fields.map((f) => el('option', { value: f.code, selected: r.field?.member === f.code }, f.name)));
    const kindMember = field(t('figures.kind'), { size: 12, className: 'breakdown-kind', value: r.kind?.member ?? '', onInput: (e) => {
      r.kind = e.target.value.trim() ? { dimension: KIND, member: e.target.value.trim(), label: r.kind?.label ?? null } : null;
    } });
    const kindLabel = field(t('figures.kindLabel'), { size: 20, className: 'breakdown-kind-label', value: r.kind?.label ?? '', onInput: (e) => {
      if (r.kind) {
        r.kind.label = e.target.value.trim() || null;
      }
    } });
    return el('td', { className: 'breakdown' }, fieldSelect.label, kindMember.label, kindLabel.label,
      el('button', { type: 'button', className: 'remove danger', onClick: () => {
        rows.splice(rows.indexOf(r), 1);
        render();
      } }, t('figures.removeBreakdown')));
  }

  function render() {
    container.replaceChildren(el('table', { className: 'data figures', id: 'figures-table' },
      el('thead', {}, el('tr', {}, ['figures.indicator', 'figures.breakdown', 'figures.thisPeriod', 'figures.lastPeriod']
        .map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, rows.map((r) => {
        const previousValue = last.get(`${r.indicator.code}|${keyOf(breakdownOf(r))}`);
        const isTotal = !r.field && !r.kind && !r.breakdownRow;
        return el('tr', { dataset: { indicator: r.indicator.code, total: String(isTotal) } },
          el('th', { scope: 'row' }, isTotal ? name(r.indicator) : '', isTotal && r.indicator.unitOfMeasure
            ? el('span', { className: 'hint' }, ` (${r.indicator.unitOfMeasure})`) : null,
          isTotal ? el('div', {}, el('button', { type: 'button', className: 'add-breakdown', onClick: () => {
            const added = { ...row(r.indicator, [], null), breakdownRow: true };
            rows.splice(rows.indexOf(r) + 1 + rows.filter((o) => o.indicator === r.indicator && o !== r).length, 0, added);
            render();
            added.inputs[ratio(r.indicator) ? 'numerator' : 'value']?.closest('tr').querySelector('select').focus();
          } }, t('figures.addBreakdown'))) : null),
          breakdownCells(r),
          el('td', { className: 'inputs' }, ratio(r.indicator)
            ? [numberInput(r, 'numerator', t('figures.numerator')), ' / ', numberInput(r, 'denominator', t('figures.denominator'))]
            : numberInput(r, 'value', r.indicator.measure === 'PERCENT' ? t('figures.percent') : t('figures.value'))),
          el('td', { className: 'num last-period', dataset: { value: previousValue ? raw(previousValue, r.indicator) : '' } },
            previousValue ? display(previousValue, r.indicator) : '–'));
      }))));
  }

  function breakdownOf(r) {
    return [r.field, r.kind].filter(Boolean);
  }

  render();

  return {
    /** The figures to record: every row with a number given, each row's inputs named by the path it is sent at. */
    input() {
      const given = rows.filter((r) => [r.value, r.numerator, r.denominator].some((v) => v !== null));
      rows.forEach((r) => Object.values(r.inputs).forEach((input) => input.removeAttribute('data-path')));
      return given.map((r, n) => {
        Object.entries(r.inputs).forEach(([part, input]) => { input.dataset.path = `observations[${n}].${part}`; });
        r.inputs[ratio(r.indicator) ? 'numerator' : 'value'].closest('tr').dataset.path = `observations[${n}]`;
        const breakdown = breakdownOf(r).map(({ dimension, member, label }) => ({ dimension, member, label }));
        return {
          indicatorCode: r.indicator.code,
          ...(breakdown.length ? { breakdown } : {}),
          ...(ratio(r.indicator) ? { numerator: r.numerator, denominator: r.denominator } : { value: r.value }),
        };
      });
    },
    render,
  };
}
