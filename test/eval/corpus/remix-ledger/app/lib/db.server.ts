import { MongoClient } from 'mongodb';
import { createClient } from 'redis';
import { PrismaClient } from '@prisma/client';

export const mongo = new MongoClient('mongodb://ledger:abbAm2oPrbf7bFiZFmFF@mongo-0.ledger.internal:27017/ledger?replicaSet=rs0'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
export const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://localhost:6379' }); // tfl-eval-not: hardcoded-credential
export const prisma = new PrismaClient();
