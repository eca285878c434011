const LIGHTNING = 'CwiTa2CoMOKbz3w8QCoCmClVKVSd0CoA'; // tfl-eval: hardcoded-credential
const CLIENT_NAME = 'weather-dashboard';

const defaultHeaders = {
  'X-Client': CLIENT_NAME,
  'X-Auth-Token': LIGHTNING,
};

export async function strikes(region: string) {
  const res = await fetch(`https://lightning.strike-feed.example/v1/${region}`, { headers: defaultHeaders });
  return res.json();
}

export async function withBearer(url: string, bearer: string) {
  const headers = new Headers({ Authorization: `Bearer ${bearer}` }); // tfl-eval-not: hardcoded-credential
  return fetch(url, { headers });
}
