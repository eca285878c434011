package io.tickets.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {
    private final AgentDirectory agents;

    LoginController(AgentDirectory agents) {
        this.agents = agents;
    }

    /** Spring Session replaces the container's HttpSession: these attributes live in Redis. */
    @PostMapping("/login")
    public String login(HttpServletRequest request, @RequestParam String username, @RequestParam String password) {
        Agent agent = agents.authenticate(username, password);
        if (agent == null) return "redirect:/login?error";
        request.getSession().setAttribute("agent", agent); // tfl-eval-not: memory-session-store
        return "redirect:/queue";
    }
}
