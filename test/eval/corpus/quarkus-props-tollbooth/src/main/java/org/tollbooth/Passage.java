package org.tollbooth;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import java.time.Instant;

@Entity
public class Passage extends PanacheEntity {
    public String plate;
    public String gate;
    public Instant passedAt;
    public long centsCharged;
}
