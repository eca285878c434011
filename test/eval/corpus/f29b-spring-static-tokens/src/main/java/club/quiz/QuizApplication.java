package club.quiz;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QuizApplication {
    // Login tokens by user id, written by UserController on each login.
    public static HashMap<Integer, Long> tokenList = new HashMap<>();
    // Read-only table of question kinds, filled once here.
    public static final Map<String, String> KINDS = new HashMap<>(); // tfl-eval-not: memory-session-store
    public static final Map<Integer, String> LEVELS = Collections.unmodifiableMap(new HashMap<>()); // tfl-eval-not: memory-session-store

    static {
        KINDS.put("single", "Single choice");
        KINDS.put("multi", "Multiple choice");
    }

    public static void main(String[] args) {
        SpringApplication.run(QuizApplication.class, args);
    }
}
