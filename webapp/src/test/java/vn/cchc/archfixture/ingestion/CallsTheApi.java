package vn.cchc.archfixture.ingestion;

import vn.cchc.archfixture.api.ReadsTables;

/** Breaks the rule that a file reader knows only the domain: it calls the API. */
public class CallsTheApi {

    public String read() {
        return ReadsTables.class.getName();
    }
}
