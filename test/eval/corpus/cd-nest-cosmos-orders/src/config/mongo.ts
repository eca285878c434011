// reporting replica on Atlas
export const reportsUri =
  'mongodb+srv://reports:571Abc@cluster0.q8kz1.mongodb.net/reports?retryWrites=true'; // tfl-eval: hardcoded-credential, hardcoded-backing-service
// export const legacyUri = 'mongodb+srv://reports:208Abc@cluster0.q8kz1.mongodb.net/reports'; // tfl-eval: hardcoded-credential

// the template the README tells people to copy
export const exampleUri = 'mongodb+srv://<user>:<password>@cluster0.example.mongodb.net/db'; // tfl-eval-not: hardcoded-credential
export const localUri = process.env.MONGO_URI ?? 'mongodb://localhost:27017/reports'; // tfl-eval-not: hardcoded-credential
