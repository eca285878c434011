import type { CollectionConfig } from 'payload/types'

const REVALIDATE_SECRET = 'bnpKNo2YbblPtT8bqK1uKMD9GMQ5MyvC' // tfl-eval: hardcoded-credential

const Articles: CollectionConfig = {
  slug: 'articles',
  admin: { useAsTitle: 'title' },
  versions: { drafts: true },
  hooks: {
    afterChange: [
      async ({ doc }) => {
        await fetch(`https://www.studio-north.com/api/revalidate?secret=${REVALIDATE_SECRET}&path=/journal/${doc.slug}`, { method: 'POST' })
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', unique: true, index: true },
    { name: 'body', type: 'richText' },
    { name: 'cover', type: 'upload', relationTo: 'media' },
  ],
}

export default Articles
