package com.medirx.pharmacy.clients;

import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;

public class BlobArchive {

    private static final String CONNECTION =
            "DefaultEndpointsProtocol=https;AccountName=medirxarchive;AccountKey=P/rDe7/lhsFts30TWNuqzfPyFx+tLzmgRoNOnsoW+7Kr+U9+FqWaj423QZld7tdBrbi+LIc5e3sg/scqEZNWkF==;EndpointSuffix=core.windows.net"; // tfl-eval: hardcoded-credential

    public BlobServiceClient client() {
        return new BlobServiceClientBuilder().connectionString(CONNECTION).buildClient();
    }
}
