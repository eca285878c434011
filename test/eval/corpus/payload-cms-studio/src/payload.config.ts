import path from 'path'
import { buildConfig } from 'payload/config'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { slateEditor } from '@payloadcms/richtext-slate'
import { webpackBundler } from '@payloadcms/bundler-webpack'
import { s3Storage } from '@payloadcms/storage-s3'
import nodemailer from 'nodemailer'
import Users from './collections/Users'
import Articles from './collections/Articles'
import Media from './collections/Media'

export default buildConfig({
  serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL || 'http://localhost:3000',
  secret: process.env.PAYLOAD_SECRET || '1cd1376a0cdf299c554766fb', // tfl-eval: hardcoded-credential
  admin: { user: Users.slug, bundler: webpackBundler(), meta: { titleSuffix: '- Studio CMS' } },
  editor: slateEditor({}),
  collections: [Users, Articles, Media],
  db: mongooseAdapter({
    url: 'mongodb+srv://studio-cms:X5rJ4n2jueCOkjF9@cluster0.x8kqz.mongodb.net/studio?retryWrites=true', // tfl-eval: hardcoded-credential, hardcoded-backing-service
  }),
  email: {
    fromName: 'Studio CMS',
    fromAddress: 'cms@studio-north.com',
    transport: nodemailer.createTransport({
      host: 'smtp.sendgrid.net', // tfl-eval: hardcoded-backing-service
      port: 587,
      auth: { user: 'apikey', pass: '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' }, // tfl-eval: hardcoded-credential
    }),
  },
  plugins: [
    s3Storage({
      collections: { media: true },
      bucket: 'studio-north-media',
      config: {
        region: 'eu-west-2',
        credentials: {
          accessKeyId: process.env.S3_ACCESS_KEY_ID!,
          secretAccessKey: process.env.S3_SECRET_ACCESS_KEY!,
        },
      },
    }),
  ],
  typescript: { outputFile: path.resolve(__dirname, 'payload-types.ts') },
})
