package org.acme.vets.owner;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/owners")
public class OwnerController {
    private static final String INVALID_PASSWORD = "owner.password.invalid";
    private final OwnerRepository owners;

    public OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    @GetMapping("/{id}")
    public ResponseEntity<Owner> get(@PathVariable Long id) {
        return owners.findById(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/portal-password")
    public ResponseEntity<String> setPassword(@PathVariable Long id, @RequestParam("password") String password) {
        if (!password.matches(Owner.PASSWORD_PATTERN)) {
            return ResponseEntity.badRequest().body(INVALID_PASSWORD);
        }
        return ResponseEntity.noContent().build();
    }
}

interface OwnerRepository extends org.springframework.data.jpa.repository.JpaRepository<Owner, Long> {}
