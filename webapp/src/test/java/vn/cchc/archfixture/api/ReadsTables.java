package vn.cchc.archfixture.api;

import vn.cchc.archfixture.persistence.Tables;

/** Breaks the adapters' rule on purpose (LayersTest): the API reaching into persistence. */
public class ReadsTables {

    Tables tables = new Tables();
}
