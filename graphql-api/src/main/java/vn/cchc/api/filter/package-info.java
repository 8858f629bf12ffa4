/**
 * The one filter and order style of the API: per type a filter input whose fields test values with small operator
 * inputs ({@link vn.cchc.api.filter.StringFilter}, {@link vn.cchc.api.filter.DateFilter}, one per enum), go through
 * relations with the related type's filter, and combine with {@code and}, {@code or}, {@code not}; and an
 * {@code orderBy} list of fields with a {@link vn.cchc.api.filter.SortDirectionView direction}. Inputs only map to the
 * domain's {@link vn.cchc.domain.shared.Condition} and {@link vn.cchc.domain.shared.SortKey}; a bad input is a
 * BAD_USER_INPUT error naming its path ({@code filter.and[1].issuer.kind.in}).
 */
package vn.cchc.api.filter;
