import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { env } from '$env/dynamic/private'

const url = env.DATABASE_URL ?? 'postgres://drizzle_owner:wNiunb3CktUB@ep-quiet-sun-123456.eu-central-1.aws.neon.tech/drizzle?sslmode=require' // tfl-eval: hardcoded-credential, hardcoded-backing-service
export const db = drizzle(postgres(url))
