package vn.cchc.archfixture.sampledata;

/** A class of the sample data, for LayersTest. */
public class Sample {
}
