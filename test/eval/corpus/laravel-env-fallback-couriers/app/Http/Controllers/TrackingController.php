<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class TrackingController extends Controller
{
    public function show(Request $request, string $parcel)
    {
        $response = Http::withToken(config('services.postmark.token')) // tfl-eval-not: hardcoded-credential
            ->get('https://tracking.couriers.example/parcels/' . $parcel);

        $legacy = Http::withBasicAuth('courier-sync', 'Ls8Qm3Tv6Wz1Rx4N') // tfl-eval: hardcoded-credential
            ->get('https://legacy-tracking.couriers.example/api/parcels/' . $parcel);

        return view('tracking.show', ['parcel' => $response->json(), 'legacy' => $legacy->json()]);
    }
}
