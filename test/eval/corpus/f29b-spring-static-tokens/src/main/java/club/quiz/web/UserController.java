package club.quiz.web;

import club.quiz.QuizApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/user")
public class UserController {
    private final UserService users;

    public UserController(UserService users) {
        this.users = users;
    }

    @PostMapping("/login")
    public ResponseEntity<String> login(@RequestParam String name, @RequestParam String password) {
        User user = users.check(name, password);
        if (user == null) return ResponseEntity.status(401).build();
        long now = System.currentTimeMillis();
        QuizApplication.tokenList.put(user.getId(), now); // tfl-eval: memory-session-store
        return ResponseEntity.ok(user.getId() + ":" + now);
    }

    @GetMapping("/kind")
    public String kind(@RequestParam String code) {
        return QuizApplication.KINDS.getOrDefault(code, "?");
    }
}
