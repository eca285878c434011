package io.vulnblog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class LoginController {

  private static final String PASSWORD_HINT = "Your password must contain at least 8 characters";
  private static final String PASSWORD_PARAM = "password";

  @GetMapping("/login")
  public String login(Model model) {
    model.addAttribute("hint", PASSWORD_HINT);
    model.addAttribute("passwordParam", PASSWORD_PARAM);
    return "login";
  }
}
