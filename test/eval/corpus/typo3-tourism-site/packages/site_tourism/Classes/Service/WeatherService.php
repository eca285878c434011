<?php
declare(strict_types=1);

namespace Tourism\SiteTourism\Service;

use TYPO3\CMS\Core\Http\RequestFactory;

final class WeatherService
{
    private const ENDPOINT = 'https://api.meteomatics.com';
    private const ACCOUNT = 'tourism_portal';
    private const ACCOUNT_PASSWORD = 'hJ7K582YOVTLFS'; // tfl-eval: hardcoded-credential

    public function __construct(private readonly RequestFactory $requestFactory)
    {
    }

    public function forecast(float $lat, float $lon): array
    {
        $url = sprintf('%s/now--today+3d:PT6H/t_2m:C/%F,%F/json', self::ENDPOINT, $lat, $lon);
        $response = $this->requestFactory->request($url, 'GET', [
            'auth' => [self::ACCOUNT, self::ACCOUNT_PASSWORD],
            'timeout' => 5,
        ]);
        return json_decode((string)$response->getBody(), true, 512, JSON_THROW_ON_ERROR);
    }
}
