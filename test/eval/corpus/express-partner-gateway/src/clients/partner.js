import axios from 'axios';

export class PartnerClient {
  #apiKey = '14cdb401159b5497c42947ce482cd9fa'; // tfl-eval: hardcoded-credential
  #baseUrl = 'https://api.partner.example/v3'; // tfl-eval-not: hardcoded-credential
  static HEADER = 'X-Partner-Key'; // tfl-eval-not: hardcoded-credential

  get webhookSecret() {
    return 'f38920c640124bb86acecc0a3afdbc9a'; // tfl-eval: hardcoded-credential
  }

  get tokenLabel() {
    return 'Partner token'; // tfl-eval-not: hardcoded-credential
  }

  async orders() {
    const res = await fetch(`${this.#baseUrl}/orders`, { headers: { [PartnerClient.HEADER]: this.#apiKey } });
    return res.json();
  }
}

export const reports = axios.create({
  baseURL: 'https://reports.partner.example',
  auth: { username: 'gateway', password: 'Ahj7wvEERxvNB1Gc9hGbEfL8' }, // tfl-eval: hardcoded-credential
});

export function geocodeUrl(address) {
  const params = new URLSearchParams({ address, api_key: 'U2zdIhH2vHJR0WIICV4GGNWSIx' }); // tfl-eval: hardcoded-credential
  return `https://geo.partner.example/v1/search?${params}`;
}

export function signedHeaders(body) {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  headers.set('X-Api-Key', process.env.PARTNER_API_KEY ?? ''); // tfl-eval-not: hardcoded-credential
  headers.set('X-Shipping-Key', '5VBeYXDFkO3UEb5OctDzAlEvRy'); // tfl-eval: hardcoded-credential
  return { headers, body };
}
