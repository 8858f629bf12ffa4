package vn.cchc.api.filter;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.api.error.Arguments;
import vn.cchc.api.mapping.Enums;
import vn.cchc.domain.shared.Attribute;
import vn.cchc.domain.shared.SortDirection;
import vn.cchc.domain.shared.SortKey;

/** An order input of one type of the API: a field, which may stand for several attributes, and a direction. */
public interface OrderInput {

    /** The attributes the field orders by, most significant first. */
    List<? extends Attribute> attributes();

    /** The direction asked for; null for ascending. */
    SortDirectionView direction();

    /** The sort keys of an {@code orderBy} argument, in its order; none for the list's default order. */
    static List<SortKey> keys(List<? extends OrderInput> orderBy, String path) {
        if (orderBy == null) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        for (int i = 0; i < orderBy.size(); i++) {
            OrderInput order = orderBy.get(i);
            if (order == null || order.attributes() == null) {
                throw Arguments.invalid(path + "[" + i + "]", "must name a field");
            }
            SortDirection direction = order.direction() == null ? SortDirection.ASC
                    : Enums.mirror(order.direction(), SortDirection.class);
            order.attributes().forEach(a -> keys.add(new SortKey(a, direction)));
        }
        return keys;
    }
}
