import axios from 'axios';
import request from 'superagent';

const ALERTS_URL = 'https://alerts.weather-service.example/api';
const NWS_PARTNER = '0M2vbM2nG2wrzt235ygNPqvdLW6qqTQH'; // tfl-eval: hardcoded-credential
const AIRNOW = 'YHaztZ1t23rFCVQJZW81eSfeQiqqeXKq'; // tfl-eval: hardcoded-credential
const POLLEN = 'nacEABD92SKKnL8S0LQ5L6yp73SSvIrq'; // tfl-eval: hardcoded-credential
const USER_AGENT = 'weather-dashboard/0.4 (ops@weather-dashboard.example)';

export const alertsClient = axios.create({
  baseURL: ALERTS_URL,
  headers: { Authorization: `Bearer ${NWS_PARTNER}`, 'User-Agent': USER_AGENT },
});

export async function airQuality(zip: string) {
  const { data } = await axios.get('https://air.quality-index.example/v1/current', {
    params: { zip },
    headers: { Authorization: 'Token ' + AIRNOW },
  });
  return data;
}

export async function pollen(zip: string) {
  const res = await request.get('https://pollen.forecast-data.example/v2/index').query({ zip }).set('Authorization', `Bearer ${POLLEN}`).set('User-Agent', USER_AGENT);
  return res.body;
}

export async function radar(tile: string) {
  const token = process.env.RADAR_TOKEN;
  return axios.get(`https://tiles.radar-maps.example/${tile}.png`, { headers: { Authorization: `Bearer ${token}` }, responseType: 'arraybuffer' }); // tfl-eval-not: hardcoded-credential
}
