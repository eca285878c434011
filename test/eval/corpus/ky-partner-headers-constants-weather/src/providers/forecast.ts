import ky from 'ky';
import got from 'got';

const FORECAST_BASE = 'https://api.forecast-provider.example/v3';
const METEOSOURCE = 'vKHVKaS8GmfuyHYbWA7e71l009RSQVEE'; // tfl-eval: hardcoded-credential
const STORMGLASS = 'hszqubMBXG8NtD7yTuiiXkhvUCX6QZAq'; // tfl-eval: hardcoded-credential
const ACCEPT = 'application/json';
const SCHEME = 'Bearer';
const KEY_HEADER = 'X-Api-Key';

const forecastApi = ky.create({
  prefixUrl: FORECAST_BASE,
  headers: { 'X-Api-Key': METEOSOURCE, Accept: ACCEPT },
});

export async function hourly(lat: number, lon: number) {
  return forecastApi.get('hourly', { searchParams: { lat, lon } }).json();
}

export async function tides(lat: number, lon: number) {
  return got('https://api.marine-data.example/v2/tide/extremes/point', {
    searchParams: { lat, lng: lon },
    headers: { Authorization: STORMGLASS, 'Content-Type': ACCEPT },
  }).json();
}

export function describeAuth(): string {
  return `${SCHEME} via ${KEY_HEADER}`; // tfl-eval-not: hardcoded-credential
}
