package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL statement assembled from parts: the observation totals group by a choice of columns and filter by a choice
 * of conditions, which Listing's one-entity criteria queries do not cover.
 */
final class Jpql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    Jpql where(String condition) {
        conditions.add(condition);
        return this;
    }

    Jpql where(String condition, String parameter, Object value) {
        parameters.put(parameter, value);
        return where(condition);
    }

    Jpql set(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** " WHERE a AND b", or nothing without conditions. */
    String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <T> List<T> list(EntityManager em, String statement, Class<T> type) {
        var query = em.createQuery(statement, type);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
