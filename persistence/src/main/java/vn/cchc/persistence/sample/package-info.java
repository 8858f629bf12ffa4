/** Data the application starts with: the standard indicators, and the Nghệ An sample report. */
package vn.cchc.persistence.sample;
