import { MongoClient } from 'mongodb'
import getConfig from 'next/config'

const { serverRuntimeConfig } = getConfig()
const client = new MongoClient(process.env.MONGODB_URI || serverRuntimeConfig.mongoUri) // tfl-eval-not: hardcoded-credential
export default client.connect()
