// Azure SDKs and Azure config around JVM and PHP apps: a Cosmos DB client builder's `key(…)`, Azure's
// `AZURE_STORAGE_KEY`, App Service's Key Vault references, Azurite's key-less development shortcut.
// Values are generated for these examples: no key a vendor publishes, not even an emulator's.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const AZURE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  java: {
    valid: [
      {
        name: "a Cosmos DB builder given its key from the environment, and a key(…) that is no client builder's",
        path: 'src/main/java/com/contoso/Store.java',
        code: 'package com.contoso;\n\nclass Store {\n    CosmosClient client = new CosmosClientBuilder().endpoint(System.getenv("COSMOS_ENDPOINT")).key(System.getenv("COSMOS_KEY")).buildClient();\n    CacheEntry entry = new CacheEntryBuilder().key("cart:v2:9f2c41e07b3d4a1e8c55d0f6a7b8").build();\n}\n',
      },
    ],
    invalid: [
      {
        name: "a Cosmos DB client builder's key(…): the account key",
        path: 'src/main/java/com/contoso/Store.java',
        code: 'package com.contoso;\n\nclass Store {\n    CosmosClient client = new CosmosClientBuilder()\n        .endpoint("https://contoso-archive.documents.azure.com:443/")\n        .key(⟦"CxlqlZiF2YlTdTl+BH8ObDBksABZtaCJdBlyk4JfpMW1mzFCrVdsbeyBmPAjtCNhmFetYoL7k6LJcVLxujGcBQ=="⟧)\n        .buildClient();\n}\n',
        messageIncludes: ['account key'],
      },
    ],
  },
  kotlin: {
    invalid: [
      {
        name: "a Cosmos DB client builder's key(…) in Kotlin",
        path: 'src/main/kotlin/com/contoso/Store.kt',
        code: 'package com.contoso\n\nval client = CosmosClientBuilder().endpoint("https://contoso.documents.azure.com:443/").key(⟦"bLIkNjoHP8ctlyo83GIpfBZ3bkeTH+wW3JvOD4CFZSL0paI9uThXkGSkmwzVNU3tWPwtxNOXA0RJbVkPaRm8wA=="⟧).buildClient()\n',
      },
    ],
    valid: [],
  },
  php: {
    valid: [
      {
        name: "a storage key that names a lookup, and Azure's storage key read without a default",
        path: 'config/filesystems.php',
        code: "<?php\nconst STORAGE_KEY = 'cart-items-v2';\nreturn ['azure' => ['key' => env('AZURE_STORAGE_KEY'), 'container' => env('AZURE_STORAGE_CONTAINER', 'uploads')]];\n",
      },
    ],
    invalid: [
      {
        name: "Azure's storage account key as the default of AZURE_STORAGE_KEY (laravel-azure-storage)",
        path: 'config/filesystems.php',
        code: "<?php\nreturn ['azure' => ['driver' => 'azure', 'key' => env('AZURE_STORAGE_KEY', ⟦'CxlqlZiF2YlTdTl+BH8ObDBksABZtaCJdBlyk4JfpMW1mzFCrVdsbeyBmPAjtCNhmFetYoL7k6LJcVLxujGcBQ=='⟧)]];\n",
        messageIncludes: ['storage account key'],
      },
    ],
  },
  json: {
    valid: [
      {
        name: "an Azure Functions app's Key Vault reference and the storage emulator's setting",
        path: 'local.settings.json',
        code: '{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "UseDevelopmentStorage=true",\n    "CosmosKey": "@Microsoft.KeyVault(SecretUri=https://contoso-kv.vault.azure.net/secrets/cosmos-key/)",\n    "ApiSecret": "@Microsoft.KeyVault(VaultName=contoso-kv;SecretName=api-secret)"\n  }\n}\n',
      },
    ],
    invalid: [],
  },
  yaml: {
    valid: [
      {
        name: "Azurite by its development shortcut: a connection string that holds no key",
        path: 'src/main/resources/application-local.yml',
        code: `spring:\n  cloud:\n    azure:\n      storage:\n        blob:\n          connection-string: UseDevelopmentStorage=true\n`,
      },
    ],
    invalid: [],
  },
};
