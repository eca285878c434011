package com.tillworks.kiosk.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

@Service
public class BasketService {

    // Tax rates by product category: read-only.
    private static final Map<String, Integer> VAT_PERCENT = Map.of("food", 7, "drinks", 19, "merch", 19);

    // What each signed-in cashier has scanned so far.
    private final Map<String, List<String>> openBaskets = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    // Product lookups by barcode; safe to rebuild on any instance.
    private final Map<String, String> productNameCache = new ConcurrentHashMap<>(); // tfl-eval-not: memory-session-store

    public void scan(String cashier, String barcode) {
        productNameCache.computeIfAbsent(barcode, code -> "item-" + code);
        openBaskets.computeIfAbsent(cashier, k -> new ArrayList<>()).add(barcode);
    }

    public int vat(String category) {
        return VAT_PERCENT.getOrDefault(category, 19);
    }

    public List<String> checkout(String cashier) {
        List<String> items = openBaskets.remove(cashier);
        return items == null ? List.of() : items;
    }
}
