require 'dotenv'
Dotenv.load('.env.local', '.env.default')
