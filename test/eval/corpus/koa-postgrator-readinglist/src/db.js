import pg from 'pg';

export const pool = new pg.Pool({
  host: 'readinglist-prod.cluster-c3v9qk2m1x.eu-west-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
  database: 'readinglist',
  user: process.env.PGUSER,
  password: process.env.PGPASSWORD,
  max: 10,
});
