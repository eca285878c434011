import { Configuration } from './generated/runtime';

export function apiConfiguration(getToken: () => Promise<string>) {
  return new Configuration({ basePath: '/api', accessToken: () => getToken() });
}
