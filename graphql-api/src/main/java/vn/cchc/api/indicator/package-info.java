/** Indicators, observations, periods and breakdowns of the schema. */
package vn.cchc.api.indicator;
