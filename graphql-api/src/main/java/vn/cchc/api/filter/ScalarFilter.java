package vn.cchc.api.filter;

import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.Condition;

/** An operator input of one value type: it reads as a condition on the attribute it is given for. */
public interface ScalarFilter {

    Condition toCondition(String path, Attribute attribute);
}
