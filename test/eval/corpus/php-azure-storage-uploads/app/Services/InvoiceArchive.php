<?php

namespace App\Services;

use MicrosoftAzure\Storage\Blob\BlobRestProxy;
use MicrosoftAzure\Storage\Blob\Models\CreateBlockBlobOptions;

class InvoiceArchive
{
    private BlobRestProxy $client;

    public function __construct()
    {
        // The finance team's account; not managed by our Terraform.
        $this->client = BlobRestProxy::createBlobService('DefaultEndpointsProtocol=https;AccountName=contosofinance;AccountKey=9WJOVFEZkPtKtH59oxqU+45tt9uHsM42xJHyoxEeS9mx+uiu9m7DdrtIBq5qjwdBwiKDdN3hZ9b+NPMWtiWWSA==;EndpointSuffix=core.windows.net'); // tfl-eval: hardcoded-credential
    }

    public static function local(): BlobRestProxy
    {
        return BlobRestProxy::createBlobService('UseDevelopmentStorage=true');
    }

    public static function fromEnv(): BlobRestProxy
    {
        return BlobRestProxy::createBlobService(getenv('AZURE_STORAGE_CONNECTION_STRING')); // tfl-eval-not: hardcoded-credential
    }

    public function store(string $name, string $pdf): void
    {
        $options = new CreateBlockBlobOptions();
        $options->setContentType('application/pdf');
        $this->client->createBlockBlob('invoices', $name, $pdf, $options);
    }
}
