import algoliasearch from 'algoliasearch'
import { Client } from '@elastic/elasticsearch'

const ALGOLIA_APP_ID = 'CK23TDO42Y'
const ALGOLIA_ADMIN_KEY = '07a43c543d5771629dd03ab9a163df7d' // tfl-eval: hardcoded-credential

export const algolia = algoliasearch(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY)

export const elastic = new Client({
  node: 'https://recipes-1a2b3c.es.eu-west-1.aws.found.io', // tfl-eval: hardcoded-backing-service
  auth: { apiKey: 'AA4sPgN08q1ri1nnNEGjTXt5GjDnrBIc+Y+pKlOcK+49Ux50PfgyMQ==' }, // tfl-eval: hardcoded-credential
})

const PARTNER_CREDENTIALS = Buffer.from('recipes-partner:2YTzIIifdY3IORy3tPCg').toString('base64') // tfl-eval: hardcoded-credential

export async function partnerRecipes(query: string) {
  const response = await fetch(`https://partner.example.com/api/recipes?q=${encodeURIComponent(query)}`, {
    headers: { Authorization: `Basic ${PARTNER_CREDENTIALS}`, 'x-api-key': '3573b95f7daab2bc4fc4dd9021d0250a9e760d67' }, // tfl-eval: hardcoded-credential
  })
  return response.json()
}
