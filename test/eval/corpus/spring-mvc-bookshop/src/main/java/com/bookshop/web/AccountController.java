package com.bookshop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class AccountController {
    private final CustomerService customers;

    public AccountController(CustomerService customers) {
        this.customers = customers;
    }

    @PostMapping("/signin")
    public String signIn(@RequestParam String email, @RequestParam String password, HttpSession session, Model model) {
        Customer customer = customers.verify(email, password);
        if (customer == null) {
            model.addAttribute("error", "Unknown email or password"); // tfl-eval-not: memory-session-store
            return "signin";
        }
        session.setAttribute("customer", customer); // tfl-eval: memory-session-store
        return "redirect:/account";
    }

    @GetMapping("/account")
    public String account(HttpSession session, Model model) {
        Customer customer = (Customer) session.getAttribute("customer"); // tfl-eval-not: memory-session-store
        if (customer == null) return "redirect:/signin";
        model.addAttribute("customer", customer);
        return "account";
    }

    @PostMapping("/signout")
    public String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate(); // tfl-eval-not: memory-session-store
        request.setAttribute("flash", "Signed out"); // tfl-eval-not: memory-session-store
        return "redirect:/";
    }
}
