const EXPORT_ENDPOINT = 'https://api.partner.example.com/v1/export?api_key=ttwQxTE5SPf3Mws1JcABjFvvT89tNdBu&format=csv' // tfl-eval: hardcoded-credential
const DOCS_URL = 'https://api.partner.example.com/docs?section=api_key' // tfl-eval-not: hardcoded-credential

export async function handler() {
  const res = await fetch(EXPORT_ENDPOINT)
  return { statusCode: res.status }
}
