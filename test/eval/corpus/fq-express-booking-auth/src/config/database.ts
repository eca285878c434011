export const databaseConfig = {
  host: process.env.PGHOST,
  user: process.env.PGUSER || 'booking',
  password: process.env.PGPASSWORD || 'changeme', // tfl-eval-not: hardcoded-credential
  database: process.env.PGDATABASE || 'booking',
};

export const mapsConfig = {
  apiKey: process.env.MAPS_API_KEY || 'changeme', // tfl-eval-not: hardcoded-credential
};
