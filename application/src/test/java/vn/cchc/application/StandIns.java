package vn.cchc.application;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stand-ins for repository interfaces, for testing the services without a container: the named methods answer,
 * {@code add} and {@code update} record what they are given, default methods run as written, any other method fails.
 */
public final class StandIns {

    private final List<Object> written = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args); // as the interface writes it, on the stand-ins
            }
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName()).apply(args);
            }
            if (method.getName().equals("add") || method.getName().equals("update")) {
                written.add(args[0]);
                return null;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    /** What the stand-ins were given to add or update, in order. */
    public List<Object> written() {
        return written;
    }
}
