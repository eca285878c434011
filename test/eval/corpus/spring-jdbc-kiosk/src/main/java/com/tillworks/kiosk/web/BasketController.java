package com.tillworks.kiosk.web;

import java.security.Principal;
import java.util.List;

import com.tillworks.kiosk.cart.BasketService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BasketController {
    private final BasketService baskets;

    public BasketController(BasketService baskets) {
        this.baskets = baskets;
    }

    @PostMapping("/basket/{barcode}")
    public void scan(@PathVariable String barcode, Principal principal) {
        baskets.scan(principal.getName(), barcode);
    }

    @PostMapping("/checkout")
    public List<String> checkout(Principal principal) {
        return baskets.checkout(principal.getName());
    }
}
