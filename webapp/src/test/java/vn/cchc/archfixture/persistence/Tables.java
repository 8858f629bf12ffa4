package vn.cchc.archfixture.persistence;

/** An adapter's class, for LayersTest. */
public class Tables {
}
