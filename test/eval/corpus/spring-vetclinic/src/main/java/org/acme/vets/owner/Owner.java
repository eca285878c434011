package org.acme.vets.owner;

import jakarta.persistence.*;

@Entity
@Table(name = "owners")
public class Owner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String firstName;
    private String lastName;
    private String telephone;

    @Column(name = "portal_password_hash")
    private String portalPasswordHash;

    public static final String PASSWORD_PATTERN = "^(?=.*[0-9])(?=.*[a-z]).{10,}$";
}
