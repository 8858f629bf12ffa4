package vn.cchc.archfixture.domain;

import jakarta.inject.Inject;

/** Breaks the domain's rule on purpose (LayersTest): an entity that asks CDI for a collaborator. */
public class Injected {

    @Inject
    Object collaborator;
}
