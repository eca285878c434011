package com.acme.ingest.storage;

import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;

public class AzureMirror {
    private static final String ACCOUNT = "acmemediamirror";

    public BlobServiceClient client() {
        StorageSharedKeyCredential credential = new StorageSharedKeyCredential(ACCOUNT, "SPUCwSjwRS/ACdzoSu3W9kEpKoXpCPci3cnBv5LNa7ENq6O0vmv86JpxFtUMM21S5cui+WMGdZru5qLLYuiHkA=="); // tfl-eval: hardcoded-credential
        return new BlobServiceClientBuilder()
            .endpoint("https://" + ACCOUNT + ".blob.core.windows.net")
            .credential(credential)
            .buildClient();
    }
}
