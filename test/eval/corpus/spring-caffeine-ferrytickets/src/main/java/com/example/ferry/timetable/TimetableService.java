package com.example.ferry.timetable;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Sailings per day, computed from the published timetable: the same on every instance. */
@Service
public class TimetableService {
    private final LoadingCache<LocalDate, List<String>> sailings = Caffeine.newBuilder() // tfl-eval-not: memory-session-store
            .expireAfterWrite(Duration.ofMinutes(30))
            .build(this::load);

    public List<String> sailingsOn(LocalDate day) {
        return sailings.get(day);
    }

    private List<String> load(LocalDate day) {
        return day.getDayOfWeek().getValue() >= 6 ? List.of("09:00", "15:00") : List.of("07:00", "12:00", "18:00");
    }
}
