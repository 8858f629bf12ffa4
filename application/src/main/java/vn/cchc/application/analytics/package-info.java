/** The analytics a caller asks for (phân tích): rankings of units, each beside its place in the period before. */
package vn.cchc.application.analytics;
