/** Reporting periods (quý, 6 tháng, 9 tháng, năm) and their arithmetic. */
package vn.cchc.domain.period;
