package com.example.rentals;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Rental {
    @Id
    @GeneratedValue
    private Long id;
    private String unit;
    private String tenant;

    public Long getId() {
        return id;
    }
}
