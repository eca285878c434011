package io.relaykit.webhooks.web;

import io.relaykit.webhooks.crypto.HmacSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

@RestController
public class InboundController {
    @PostMapping("/inbound")
    public ResponseEntity<Void> inbound(@RequestHeader(HmacSettings.HEADER) String signature, @RequestBody String body) throws Exception {
        Mac mac = Mac.getInstance(HmacSettings.ALGORITHM);
        mac.init(new SecretKeySpec(HmacSettings.KEY.getBytes(StandardCharsets.UTF_8), HmacSettings.ALGORITHM));
        String expected = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return expected.equals(signature) ? ResponseEntity.ok().build() : ResponseEntity.status(401).build();
    }
}
