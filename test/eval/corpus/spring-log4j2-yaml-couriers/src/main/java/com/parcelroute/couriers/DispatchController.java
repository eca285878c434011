package com.parcelroute.couriers;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DispatchController {
    private static final Logger log = LogManager.getLogger(DispatchController.class);

    @GetMapping("/routes/{depot}")
    public List<String> routes(@PathVariable String depot) {
        log.debug("routes for depot {}", depot);
        return List.of(depot + "-north", depot + "-south");
    }
}
