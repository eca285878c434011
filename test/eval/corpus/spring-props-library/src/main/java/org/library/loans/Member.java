package org.library.loans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Member {
    @Id @GeneratedValue Long id;
    String email;
    String passwordHash;

    protected Member() {}

    public Member(String email, String passwordHash) {
        this.email = email;
        this.passwordHash = passwordHash;
    }
}
