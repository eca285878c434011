package com.tillworks.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tillworks.kiosk.cart.BasketService;
import org.junit.jupiter.api.Test;

class BasketServiceTest {
    @Test
    void checkoutEmptiesTheBasket() {
        BasketService service = new BasketService();
        service.scan("ana", "4006381333931");
        assertEquals(1, service.checkout("ana").size());
        assertEquals(0, service.checkout("ana").size());
    }
}
