package com.acme.library.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {
    private final MemberService members;

    public LoginController(MemberService members) {
        this.members = members;
    }

    @PostMapping("/login")
    public String login(HttpServletRequest request, @RequestParam String email, @RequestParam String password) {
        Member member = members.authenticate(email, password);
        if (member == null) {
            return "redirect:/login?error";
        }
        request.getSession().setAttribute("member", member); // tfl-eval: memory-session-store
        return "redirect:/";
    }

    @GetMapping("/logout")
    public String logout(HttpSession session) {
        session.invalidate(); // tfl-eval-not: memory-session-store
        return "redirect:/login";
    }

    @GetMapping("/theme")
    public String theme(HttpServletRequest request) {
        request.setAttribute("theme", "dark"); // tfl-eval-not: memory-session-store
        return "settings";
    }
}
