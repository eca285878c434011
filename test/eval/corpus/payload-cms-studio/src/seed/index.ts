import type { Payload } from 'payload'

export async function seed(payload: Payload): Promise<void> {
  await payload.create({
    collection: 'users',
    data: { email: 'editor@studio-north.com', password: 'editor-demo-1', name: 'Demo Editor', role: 'editor' }, // tfl-eval-not: hardcoded-credential
  })
  await payload.create({ collection: 'articles', data: { title: 'Hello, journal', slug: 'hello-journal' } })
}
