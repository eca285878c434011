package io.avatars.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class AvatarController {
    private final String uploadDir;
    private final ContactImporter importer;

    public AvatarController(@Value("${app.upload-dir:uploads}") String uploadDir, ContactImporter importer) {
        this.uploadDir = uploadDir;
        this.importer = importer;
    }

    @PostMapping("/users/{id}/avatar")
    public ResponseEntity<String> upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        String name = id + "-" + UUID.randomUUID() + ".png";
        file.transferTo(new File(uploadDir, name)); // tfl-eval: memory-session-store
        return ResponseEntity.ok(name);
    }

    @PostMapping("/contacts/import")
    public ResponseEntity<Integer> importContacts(@RequestParam("csv") MultipartFile csv) throws IOException {
        Path staged = Files.createTempFile("contacts", ".csv");
        try {
            csv.transferTo(staged); // tfl-eval-not: memory-session-store
            return ResponseEntity.ok(importer.load(staged));
        } finally {
            Files.deleteIfExists(staged);
        }
    }
}
