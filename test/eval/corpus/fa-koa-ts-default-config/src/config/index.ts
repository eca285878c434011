interface AppConfig {
  port: number;
  prefix: string;
  databaseUrl: string | undefined;
}

const config: AppConfig = {
  port: 7001,
  prefix: '/api/v1',
  databaseUrl: process.env.DATABASE_URL,
};

export default config;
