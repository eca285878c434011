<?php

namespace Archive\Search;

use Elastic\Elasticsearch\Client;
use Elastic\Elasticsearch\ClientBuilder;

final class Index
{
    public static function client(): Client
    {
        return ClientBuilder::create()
            ->setHosts(['https://es.archive.internal:9200']) // tfl-eval: hardcoded-backing-service
            ->setBasicAuthentication('archive_writer', 'tOhyOtqTX0ojqH0k03Ai') // tfl-eval: hardcoded-credential
            ->setCABundle('/etc/ssl/es-ca.pem')
            ->build();
    }

    public static function cloud(): Client
    {
        return ClientBuilder::create()
            ->setElasticCloudId('archive:ZXUtd2VzdC0xLmF3cy5jbG91ZC5lcy5pbyRhYmMkZGVm')
            ->setApiKey('/Ao2Dnp27qoOitubyaRuiNtdUb6NY6IiulFRDRpRxsvo2bDG4MkOTg==') // tfl-eval: hardcoded-credential
            ->build();
    }
}
