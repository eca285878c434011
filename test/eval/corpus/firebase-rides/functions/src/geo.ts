import { Client } from '@googlemaps/google-maps-services-js';

const maps = new Client({});

// Server-side key, restricted to the Distance Matrix API.
const MAPS_SERVER_KEY = 'AIzaFVrGFW3nhUsoRCDvBl1GrxQx7uULcsVDRtw'; // tfl-eval: hardcoded-credential

export async function etaSeconds(from: string, to: string): Promise<number> {
  const res = await maps.distancematrix({ params: { origins: [from], destinations: [to], key: MAPS_SERVER_KEY } });
  return res.data.rows[0].elements[0].duration.value;
}
