import { MongoClient } from 'mongodb'
import { Octokit } from '@octokit/rest'
import algoliasearch from 'algoliasearch'
import Mixpanel from 'mixpanel'

const mongo = new MongoClient('mongodb+srv://library-api:uhk36NkS0BmnaKuReKao@cluster0.x1y2z.mongodb.net/library?retryWrites=true') // tfl-eval: hardcoded-credential, hardcoded-backing-service

export const github = new Octokit({ auth: 'ghp_2Q3ClHxjspGx6Hr3KODM6E7cdpZvCPUtTH1f' }) // tfl-eval: hardcoded-credential

const search = algoliasearch('2OKOW5F9RG', '1abe8bceaf5441c929470bdae5081d9f') // tfl-eval: hardcoded-credential
export const booksIndex = search.initIndex('books')

export const mixpanel = Mixpanel.init('9a1abe5b34810420e4e9ee0e771b65af') // tfl-eval: hardcoded-credential

export interface Context {
  db: ReturnType<MongoClient['db']>
  userId?: string
}

export async function createContext({ req }): Promise<Context> {
  await mongo.connect()
  const header = req.headers.authorization ?? ''
  const userId = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined // tfl-eval-not: hardcoded-credential
  return { db: mongo.db('library'), userId }
}
