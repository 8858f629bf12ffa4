/**
 * Statistics over the other aggregates (thống kê, tổng hợp): dossier measures and rates per period and group, time
 * series of indicators with their changes, rankings of units, and reported against computed figures. The
 * repository computes them in the database; this package defines what they mean.
 */
package vn.cchc.domain.statistics;
