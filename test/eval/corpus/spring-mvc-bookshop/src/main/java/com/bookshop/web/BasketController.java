package com.bookshop.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.ArrayList;
import java.util.List;

@Controller
public class BasketController {

    @PostMapping("/basket/{isbn}")
    @SuppressWarnings("unchecked")
    public String add(@PathVariable String isbn, HttpServletRequest request) {
        List<String> basket = (List<String>) request.getSession().getAttribute("basket");
        if (basket == null) {
            basket = new ArrayList<>();
            request.getSession().setAttribute("basket", basket); // tfl-eval: memory-session-store
        }
        basket.add(isbn);
        return "redirect:/basket";
    }
}
