import { config } from '@keystone-6/core'
import { statelessSessions } from '@keystone-6/core/session'
import { createAuth } from '@keystone-6/auth'
import { lists } from './schema'

const { withAuth } = createAuth({
  listKey: 'User',
  identityField: 'email',
  secretField: 'password', // tfl-eval-not: hardcoded-credential
  initFirstItem: { fields: ['name', 'email', 'password'] },
})

const session = statelessSessions({
  maxAge: 60 * 60 * 24 * 30,
  secret: 'eA7LbIAWbzhtyKzbzd5TGhhYM9Bf9KZGolovvEPt', // tfl-eval: hardcoded-credential
})

export default withAuth(
  config({
    db: {
      provider: 'mysql',
      url: 'mysql://keystone:aPg4Nj2HjiGtPlbw@db.gardenblog.internal:3306/keystone', // tfl-eval: hardcoded-credential, hardcoded-backing-service
      enableLogging: false,
    },
    lists,
    session,
    storage: {
      images: {
        kind: 's3',
        type: 'image',
        bucketName: 'gardenblog-images',
        region: 'us-east-1',
        accessKeyId: process.env.S3_ACCESS_KEY_ID,
        secretAccessKey: process.env.S3_SECRET_ACCESS_KEY,
      },
    },
  })
)
