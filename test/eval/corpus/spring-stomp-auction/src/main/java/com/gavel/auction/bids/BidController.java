package com.gavel.auction.bids;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.SendTo;
import org.springframework.stereotype.Controller;

@Controller
public class BidController {

    // Each bidder's last bid per lot, for the "you are winning" badge.
    private final Map<String, Long> lastBidByBidder = new ConcurrentHashMap<>(); // tfl-eval: memory-session-store

    // Lot titles, loaded once from the catalogue.
    private final Map<Long, String> lotTitles = Map.of(1L, "Art deco lamp", 2L, "Signed first edition");

    @MessageMapping("/lots/{lot}/bid")
    @SendTo("/topic/lots/{lot}")
    public BidEvent bid(@DestinationVariable long lot, Bid bid, Principal principal) {
        lastBidByBidder.put(principal.getName() + ":" + lot, bid.amount());
        return new BidEvent(lot, lotTitles.get(lot), bid.amount());
    }

    public record Bid(long amount) {}

    public record BidEvent(long lot, String title, long amount) {}
}
