package org.example.ledger.api;

import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.ProducesJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

public final class EntriesService {
    // Per-process memo of currency scales, the same for every request and every instance.
    private static final Map<String, Integer> CURRENCY_SCALE = new ConcurrentHashMap<>(Map.of("EUR", 2, "JPY", 0, "BHD", 3));

    private final DSLContext dsl;

    public EntriesService(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Get("/:accountId")
    @ProducesJson
    public List<Map<String, Object>> list(@Param String accountId) {
        return dsl.resultQuery("select id, amount_minor from entry where account_id = ?::uuid", accountId).fetchMaps();
    }

    public static int scale(String currency) {
        return CURRENCY_SCALE.getOrDefault(currency, 2);
    }
}
