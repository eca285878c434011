package io.parcelhub.tracking;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class Parcel extends PanacheEntity {
    public String trackingCode;
    public String status;
}
