package dev.mfck.steps;

import dev.mfck.spi.HResult;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/** Finds an {@link HResult} constant by the name a scenario gives it. */
final class HResultNames {

    private HResultNames() {
    }

    static HResult named(String name) {
        return Arrays.stream(HResult.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == HResult.class)
                .filter(field -> field.getName().equals(name))
                .findFirst()
                .map(HResultNames::read)
                .orElseThrow(() -> new IllegalArgumentException("no HRESULT named '" + name + "'"));
    }

    private static HResult read(Field field) {
        try {
            return (HResult) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
