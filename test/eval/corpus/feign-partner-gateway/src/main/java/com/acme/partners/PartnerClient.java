package com.acme.partners;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import org.springframework.cloud.openfeign.FeignClient;

@FeignClient(name = "partners", url = "${partners.url}", configuration = PartnerClientConfig.class)
public interface PartnerClient {

    @RequestLine("GET /v2/partners/{id}")
    @Headers("Authorization: Bearer {token}") // tfl-eval-not: hardcoded-credential
    Partner get(@Param("id") String id, @Param("token") String token);
}