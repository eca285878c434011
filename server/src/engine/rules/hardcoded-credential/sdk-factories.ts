// The factory methods SDKs are built with from their key alone, in every language: yelp-fusion's
// `yelp.client('…')`, `createClient('…')`, openai-php's `OpenAI::client('…')`, a Python module's
// `create_client('…')`. The callers take the literal as a weak credential (generated values only), so
// `boto3.client('s3')` and `createClient('cache')` stay silent.
export const CLIENT_FACTORY_METHODS = /^(?:client|createClient|create_client)$/;
