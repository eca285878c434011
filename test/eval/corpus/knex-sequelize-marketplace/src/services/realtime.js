const Pusher = require('pusher')
const { Kafka } = require('kafkajs')
const amqp = require('amqplib')

const pusher = new Pusher({
  appId: '1782346',
  key: '1782062abac614b51f26', // tfl-eval-not: hardcoded-credential
  secret: '3fb40f992f9e26d1e94a', // tfl-eval: hardcoded-credential
  cluster: 'eu',
  useTLS: true,
})

const kafka = new Kafka({
  clientId: 'marketplace',
  brokers: ['pkc-4r297.europe-west1.gcp.confluent.cloud:9092'], // tfl-eval: hardcoded-backing-service
  ssl: true,
  sasl: { mechanism: 'plain', username: 'NxjvNNjpvIXwf0ce', password: 'NOSVslvuyWPljU8Wts4KOZBcg9tKswvqhNjKq94d5x3evFQyT8i3Uin1yJ4c8ep8' }, // tfl-eval: hardcoded-credential
})

async function channel() {
  const conn = await amqp.connect('amqps://market:HLGynb7KKUidJ9jBbJRS@rabbit.internal:5671/market') // tfl-eval: hardcoded-credential, hardcoded-backing-service
  return conn.createChannel()
}

module.exports = { pusher, kafka, channel }
