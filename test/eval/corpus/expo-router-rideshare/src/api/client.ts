import axios from 'axios';
import Constants from 'expo-constants';

export const api = axios.create({
  baseURL: Constants.expoConfig?.extra?.apiUrl,
  timeout: 10_000,
});

// The fare estimator is a partner API called straight from the app.
export const fares = axios.create({
  baseURL: 'https://fares.partner.example/v2',
  headers: { 'x-api-key': '53419585c02f0b5eec34842a4fec0d4242adf165' }, // tfl-eval: hardcoded-credential
});

export function withSession(token: string) {
  api.defaults.headers.common.Authorization = `Bearer ${token}`; // tfl-eval-not: hardcoded-credential
}
