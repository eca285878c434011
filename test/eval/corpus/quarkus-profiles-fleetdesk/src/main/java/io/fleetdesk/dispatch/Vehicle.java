package io.fleetdesk.dispatch;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class Vehicle extends PanacheEntity {
    public String plate;
    public String depot;
    public boolean available;

    public static long countAvailable(String depot) {
        return count("depot = ?1 and available = true", depot);
    }
}
