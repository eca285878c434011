import axios from 'axios';

export const api = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  headers: { 'X-Client': 'ops-dashboard' },
});

const MAPBOX_TOKEN = 'pk.eyJ1IjoiYWNtZW9wcyIsImEiOiJjbHg5ZnQ0YjAwMDFhMmpzN2t4dGxkdnE0In0.Qm3kZq8sPv2LrX0tYbN1cA';
export const mapTilesUrl = `https://api.mapbox.com/styles/v1/mapbox/streets-v12/tiles/{z}/{x}/{y}?access_token=${MAPBOX_TOKEN}`;
