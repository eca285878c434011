import { createClient } from '@sanity/client'

// One-off: copy author bios from the old WordPress export into Sanity.
const client = createClient({
  projectId: 'fedvf6ru',
  dataset: 'production',
  apiVersion: '2024-05-01',
  token: 'skFaLuIXRH2aBTtPVntDGSTNcgoRKoLse4Z0izGTO9vdWTHSK3J8AtRZn0QY3c12Qs3saK4kWAwpOMzGgxWMOLBh87ru0VPpzFdqXNbjzvKYO9tdJcLge6vqec5KSSoFl8TTWBiY0P1MfrUx82GZwMQvQDXkR7vCHLzwiuceFy7lW9DrYyGxyM', // tfl-eval: hardcoded-credential
  useCdn: false,
})

async function main() {
  const authors: { slug: string; bio: string }[] = (await import('./wp-authors.json')).default
  const tx = client.transaction()
  for (const author of authors) tx.patch(`author-${author.slug}`, (p) => p.set({ bio: author.bio }))
  await tx.commit()
}

main()
