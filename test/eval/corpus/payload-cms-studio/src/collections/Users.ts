import type { CollectionConfig } from 'payload/types'

const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    tokenExpiration: 7200,
    maxLoginAttempts: 5,
    lockTime: 600 * 1000,
    forgotPassword: {
      generateEmailSubject: () => 'Reset your Studio CMS password', // tfl-eval-not: hardcoded-credential
    },
  },
  admin: { useAsTitle: 'email' },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'role', type: 'select', options: ['admin', 'editor', 'author'], defaultValue: 'author' },
    {
      name: 'apiKeyLabel',
      type: 'text',
      label: 'API key label',
      admin: { description: 'Shown next to the key in the integrations list' },
    },
  ],
}

export default Users
