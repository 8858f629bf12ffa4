/** The Nghệ An sample: one real quarterly report, its facts in a JSON resource beside the loader. */
package vn.cchc.sampledata.sample;
