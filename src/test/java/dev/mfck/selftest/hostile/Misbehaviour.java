package dev.mfck.selftest.hostile;

import dev.mfck.spi.MediaSession;

import java.lang.reflect.Proxy;
import java.util.concurrent.locks.LockSupport;

/** Sessions that misbehave in every method alike, made as proxies. */
final class Misbehaviour {

    private Misbehaviour() {
    }

    /** @return a session every method of which blocks forever, deaf to interrupts */
    static MediaSession hangingEverywhere() {
        return proxy(() -> {
            hangForever();
            return null;
        });
    }

    /** @return a session every method of which throws */
    static MediaSession throwingEverywhere() {
        return proxy(() -> {
            throw new IllegalStateException("hostile session: every call throws");
        });
    }

    /** @return a session every method of which returns null */
    static MediaSession nullEverywhere() {
        return proxy(() -> null);
    }

    static void hangForever() {
        while (true) {
            Thread.interrupted(); // deaf to interrupts: clear the flag, or park would return at once, forever
            LockSupport.park();
        }
    }

    private interface Answer {
        Object answer() throws Throwable;
    }

    private static MediaSession proxy(Answer answer) {
        return (MediaSession) Proxy.newProxyInstance(Misbehaviour.class.getClassLoader(),
                new Class<?>[] {MediaSession.class}, (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(self);
                            case "equals" -> self == args[0];
                            default -> "hostile session";
                        };
                    }
                    return answer.answer();
                });
    }
}
