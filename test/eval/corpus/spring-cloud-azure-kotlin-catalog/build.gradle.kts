plugins {
    id("org.springframework.boot") version "3.3.5"
    id("io.spring.dependency-management") version "1.1.6"
    kotlin("jvm") version "1.9.25"
    kotlin("plugin.spring") version "1.9.25"
}

extra["springCloudAzureVersion"] = "5.17.1"

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("com.azure.spring:spring-cloud-azure-starter-storage-blob")
    implementation("com.azure.spring:spring-cloud-azure-starter-keyvault-secrets")
    implementation("com.azure:azure-messaging-eventhubs:5.19.2")
    implementation("com.azure:azure-ai-openai:1.0.0-beta.12")
    testImplementation("org.springframework.boot:spring-boot-starter-test")
}

dependencyManagement {
    imports {
        mavenBom("com.azure.spring:spring-cloud-azure-dependencies:${property("springCloudAzureVersion")}")
    }
}
