export const appConfig = {
  port: Number(process.env.PORT ?? 3000),
  globalPrefix: 'api',
};

export function listenPort(): number {
  return Number(process.env.PORT) || 3000;
}

export const SWAGGER_PATH = 'docs';
