import mysql from 'mysql2/promise';
import neo4j from 'neo4j-driver';
import { Client as Elastic } from '@elastic/elasticsearch';
import Redis from 'ioredis';
import cassandra from 'cassandra-driver';
import { InfluxDB } from '@influxdata/influxdb-client';

export const legacyDb = await mysql.createConnection({
  host: process.env.LEGACY_DB_HOST,
  user: 'hub_reader',
  password: 'f-C_KbAgGj4iYZHA', // tfl-eval: hardcoded-credential
  database: 'orders',
});

export const graph = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic('neo4j', '4qUJ5hF7R2o7ikKYvG')); // tfl-eval: hardcoded-credential

export const search = new Elastic({
  node: process.env.ES_NODE,
  auth: { username: 'elastic', password: 'u5deQzaiFPSV16YGS6Wf' }, // tfl-eval: hardcoded-credential
});

export const searchKeyed = new Elastic({ node: process.env.ES_NODE, auth: { apiKey: process.env.ES_API_KEY } }); // tfl-eval-not: hardcoded-credential

export const cache = new Redis({
  host: process.env.REDIS_HOST,
  port: 6379,
  password: 'l1Z8pFffMDex7lJxY2niMwvuj6aaDoCp', // tfl-eval: hardcoded-credential
  db: 3,
});

export const events = new cassandra.Client({
  contactPoints: process.env.CASSANDRA_HOSTS.split(','),
  localDataCenter: 'dc1',
  authProvider: new cassandra.auth.PlainTextAuthProvider('hub_rw', 'o5IWEDa2O#WonWMl'), // tfl-eval: hardcoded-credential
});

export const metrics = new InfluxDB({ url: process.env.INFLUX_URL, token: 'Y0z6f1OxwjdzAwAWOIp4FKm6yLGdCxdCU6XsKcvykrCJvMpR-2cJO2GX0EdTchpgJrLtKucwAz8fmD7KXYapjA==' }); // tfl-eval: hardcoded-credential
