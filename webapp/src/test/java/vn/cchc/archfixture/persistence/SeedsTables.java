package vn.cchc.archfixture.persistence;

import vn.cchc.archfixture.sampledata.Sample;

/** Breaks the sample data's rule on purpose (LayersTest): production code that needs the sample to run. */
public class SeedsTables {

    Sample sample = new Sample();
}
