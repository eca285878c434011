const AWS = require('aws-sdk')
const Razorpay = require('razorpay')
const Twit = require('twit')
const TelegramBot = require('node-telegram-bot-api')

AWS.config.update({ region: 'us-east-1', accessKeyId: 'AKIAHNKDBXEXKFMBN6KE', secretAccessKey: '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' }) // tfl-eval: hardcoded-credential

const stripe = require('stripe')('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') // tfl-eval: hardcoded-credential
const twilio = require('twilio')('ACc2f1a3aaea8026963d3a63c5d4c899f8', 'b9d79c1d5610d80ac8d7d3516d00a69b') // tfl-eval: hardcoded-credential
const mailgun = require('mailgun-js')({ apiKey: 'key-34247dd07109982bb840378191945cc6', domain: 'mg.commerce.example.com' }) // tfl-eval: hardcoded-credential

const razorpay = new Razorpay({ key_id: 'rzp_live_YIMfYHJfTfBasS', key_secret: 'N06ftRuG86bdIxsAfs1NzCsu' }) // tfl-eval: hardcoded-credential

const twitter = new Twit({
  consumer_key: 'opAfTexzt5DnUzyrUo3d9C1gp',
  consumer_secret: 'YfqKdNeNcFWExSNApduL7QZPMJr1zXRai2pWhJ88REYpNfeK5Z', // tfl-eval: hardcoded-credential
  access_token: '0638061550809305712-qY4Wfdj5Us6yIrEKv2OiEQZXpTHPqr', // tfl-eval: hardcoded-credential
  access_token_secret: 'vYAWoCXlku3qPVXNY4jW4LMQZEggDgdGU0fdelMxFobOj', // tfl-eval: hardcoded-credential
})

const bot = new TelegramBot('6897744008:AASh5Y8pb8xxOQXf6eK7BUbvHuARXc0IlAp', { polling: true }) // tfl-eval: hardcoded-credential

const s3 = new AWS.S3({ apiVersion: '2006-03-01' }) // tfl-eval-not: hardcoded-credential

module.exports = { stripe, twilio, mailgun, razorpay, twitter, bot, s3 }
