import axios from 'axios';

const client = axios.create({ baseURL: process.env.API_URL, timeout: 8000 });

export function setSession(token) {
  client.defaults.headers.common.Authorization = `Bearer ${token}`;
}

export const tides = (stationId) => client.get(`/stations/${stationId}/tides`).then((r) => r.data);
export const login = (email, password) => client.post('/auth/login', { email, password }).then((r) => r.data.token);
