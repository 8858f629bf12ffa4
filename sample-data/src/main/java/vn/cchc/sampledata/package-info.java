/**
 * Data a server can start with besides its own: the Nghệ An sample report and the generated demo province, loaded at
 * start-up by {@link vn.cchc.sampledata.SampleDataStartup} through the domain's repositories. The module depends on
 * the domain alone and nothing in the application depends on it: a WAR built with {@code -Dproduction} leaves it out
 * and starts without either.
 */
package vn.cchc.sampledata;
