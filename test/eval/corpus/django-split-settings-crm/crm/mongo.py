from motor.motor_asyncio import AsyncIOMotorClient
client = AsyncIOMotorClient("mongodb://crm:nDSNuXwPpxDOA0-41o@mongo-0.internal.example.com:27017/crm?authSource=admin")  # tfl-eval: hardcoded-credential
