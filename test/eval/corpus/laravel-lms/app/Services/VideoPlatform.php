<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class VideoPlatform
{
    public function upload(string $path)
    {
        return Http::withToken('7aBzCK950wiBtnSl9vpJJGLUKhJcS71u') // tfl-eval: hardcoded-credential
            ->attach('file', file_get_contents($path), basename($path))
            ->post('https://api.vimeo.com/me/videos');
    }

    public function zoomMeeting(array $payload)
    {
        return Http::withBasicAuth('lms-integration', 'Txdzz49_Rt8H') // tfl-eval: hardcoded-credential
            ->post('https://api.zoom.us/v2/users/me/meetings', $payload);
    }

    public function certificates(array $payload)
    {
        return Http::withHeaders(['X-API-KEY' => config('services.certifier.key')]) // tfl-eval-not: hardcoded-credential
            ->post('https://api.certifier.io/v1/credentials', $payload);
    }

    public function analytics()
    {
        return Http::withHeaders(['Authorization' => 'Token d028c808bad51167c50acdb7ba4e9377df926595']) // tfl-eval: hardcoded-credential
            ->get('https://plausible.lms.academy/api/v1/stats/aggregate');
    }
}
