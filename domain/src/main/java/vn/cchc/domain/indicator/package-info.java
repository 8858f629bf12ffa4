/** Indicators (chỉ tiêu), their observations, ratios (x/y) and breakdowns. */
package vn.cchc.domain.indicator;
