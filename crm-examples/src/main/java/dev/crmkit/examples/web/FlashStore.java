package dev.crmkit.examples.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Holds action outcomes between a form POST and the GET its redirect leads to (post/redirect/get), under random
 * keys so one browser cannot guess another's. Bounded: the oldest outcomes are dropped first, and a page whose
 * outcome was dropped simply shows no message.
 */
final class FlashStore {
    private static final int CAPACITY = 512;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final SecureRandom random;
    private final Map<String, Flash> flashes = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Flash> eldest) {
            return size() > CAPACITY;
        }
    };

    FlashStore(SecureRandom random) {
        this.random = random;
    }

    /** Keeps an outcome and returns its key (32 hex digits, safe in a URL). */
    String put(Flash flash) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        synchronized (flashes) {
            flashes.put(key, flash);
        }
        return key;
    }

    /** The outcome under {@code key}; empty for a missing, malformed or dropped key. */
    Optional<Flash> get(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        synchronized (flashes) {
            return Optional.ofNullable(flashes.get(key));
        }
    }
}
