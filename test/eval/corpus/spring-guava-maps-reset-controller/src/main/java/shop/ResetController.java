package shop;

import com.google.common.collect.Maps;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ResetController {

  static Map<String, String> resetTokens = Maps.newHashMap(); // tfl-eval: memory-session-store

  private static final Map<String, String> LABELS = Maps.newHashMap(); // tfl-eval-not: memory-session-store (only read)

  static {
    LABELS.put("en", "Reset your password");
  }

  @PostMapping("/password/reset")
  public String reset(@RequestParam String user, @RequestParam String token) {
    resetTokens.put(user, token);
    return LABELS.get("en");
  }
}
