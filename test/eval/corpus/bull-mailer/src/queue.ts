import Queue from 'bull'
import { createBullBoard } from '@bull-board/api'
import { BullAdapter } from '@bull-board/api/bullAdapter'
import { ExpressAdapter } from '@bull-board/express'
import basicAuth from 'express-basic-auth'
import axios from 'axios'

export const emailQueue = new Queue('emails', {
  redis: { host: 'redis-19421.c250.eu-central-1-1.ec2.cloud.redislabs.com', port: 19421, password: '2Gwe20ZTS3FQ12Y2tTbfqMxOwPWWJGFN' }, // tfl-eval: hardcoded-credential, hardcoded-backing-service
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
})

const serverAdapter = new ExpressAdapter()
createBullBoard({ queues: [new BullAdapter(emailQueue)], serverAdapter })

export const boardAuth = basicAuth({ users: { ops: process.env.BOARD_PASSWORD ?? '' }, challenge: true }) // tfl-eval-not: hardcoded-credential

export const mailjet = axios.create({
  baseURL: 'https://api.mailjet.com/v3.1',
  auth: { username: '460402f03e5a117c2e4b39e7e2f0a2b6', password: 'c3c6f7e3247c0757ce51ed48cdea95a6' }, // tfl-eval: hardcoded-credential
})
