package dev.mfck.wire;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The names one side gives its objects on the wire: the same object always gets the same name,
 * so that the other side can tell "the same callback" from "another one".
 *
 * @param <T> the kind of object
 */
final class WireObjects<T> {

    private final String prefix;
    private final AtomicLong next = new AtomicLong();
    private final Map<T, String> names = new IdentityHashMap<>();
    private final Map<String, T> objects = new ConcurrentHashMap<>();
    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    WireObjects(String prefix) {
        this.prefix = prefix;
    }

    /** @return the object's name, given now if it has none */
    synchronized String name(T object) {
        return names.computeIfAbsent(object, o -> {
            String name = prefix + next.incrementAndGet();
            objects.put(name, o);
            return name;
        });
    }

    /**
     * Forgets an object of a session that has ended: the name is remembered as ended, so that a
     * message the peer still sends about it (a callback invoked as Shutdown ends its
     * BeginGetEvent, a sink's last notification) is dropped, not taken for a name the kit never
     * gave.
     *
     * @param name the name
     */
    synchronized void forget(String name) {
        if (!objects.containsKey(name)) {
            return;
        }
        ended.add(name); // before the name goes: whoever no longer finds it finds it ended
        names.remove(objects.remove(name));
    }

    /**
     * @param name a name
     * @return whether it named an object of a session that has ended
     */
    boolean ended(String name) {
        return ended.contains(name);
    }

    /**
     * @param object an object
     * @return its name, if it has one
     */
    synchronized Optional<String> nameOf(T object) {
        return Optional.ofNullable(names.get(object));
    }

    /** @return the object of that name, if there is one */
    Optional<T> find(String name) {
        return Optional.ofNullable(objects.get(name));
    }

    /** @return the objects by name, as they are now */
    Map<String, T> byName() {
        return Map.copyOf(objects);
    }
}
