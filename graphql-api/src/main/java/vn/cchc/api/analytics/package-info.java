/**
 * Analytics (phân tích, thống kê): dossier statistics grouped by any dimension, indicator time series with their
 * changes, rankings of units, and reported against computed figures. Every number is computed in the database.
 */
package vn.cchc.api.analytics;
