package org.example.geo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class TimezoneLookup {
    // Zone rules are computed from the JDK's data: every instance computes the same answer.
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();
    private static final Cache<String, String> DISPLAY_NAMES = Caffeine.newBuilder().maximumSize(500).build();

    public static ZoneId zone(String id) {
        return ZONES.computeIfAbsent(id, ZoneId::of);
    }

    public static String displayName(String id) {
        return DISPLAY_NAMES.get(id, key -> ZoneId.of(key).getId().replace('_', ' '));
    }
}
