package com.wknd.core.services;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "WKND CRM client")
public @interface CrmClientConfig {
    @AttributeDefinition(name = "Base URL")
    String baseUrl() default "https://crm.wknd.site";

    @AttributeDefinition(name = "Client id")
    String clientId() default "wknd-aem";

    @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD)
    String clientSecret() default ""; // tfl-eval-not: hardcoded-credential

    @AttributeDefinition(name = "Webhook signing key", type = AttributeType.PASSWORD)
    String webhookSigningKey() default "a96891571e64dd537855c4159dcb7206dcdbfa55d009ed7ac41d25fd29203f1b"; // tfl-eval: hardcoded-credential
}
