package io.ledgerbird.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbird.sync.config.SmtpSettings;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void keepsTheGivenPassword() {
        var settings = new SmtpSettings("localhost", 2525, "test", "test-password");
        assertThat(settings.password()).isEqualTo("test-password");
    }
}
