package com.acme.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AlipayConfig {
    @Value("${alipay.app-id}")
    private String appId;

    @Value("${alipay.merchant-private-key}")
    private String merchantPrivateKey;

    @Value("${alipay.alipay-public-key}")
    private String alipayPublicKey;

    public String appId() { return appId; }
    public String merchantPrivateKey() { return merchantPrivateKey; }
    public String alipayPublicKey() { return alipayPublicKey; }
}
