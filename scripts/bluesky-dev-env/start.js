// A local AT Protocol network (PLC + PDS + AppView + Ozone) for followback's tests.
//
// Every listener is forced onto 127.0.0.1 (the services have no bind-address option).
// Prints one JSON line to stdout when ready: {"pds": url, "appview": url, "plc": url,
// "control": url}. The control server (127.0.0.1 only) offers:
//   POST /accounts {"handle": "alice.test"}  -> {did, handle, password, appPassword}
//   POST /process                            -> makes the AppView index everything now
//   GET  /info                               -> the same JSON as the ready line
// Environment: DB_POSTGRES_URL (required), CONTROL_PORT (default: any free port).
'use strict'

const net = require('node:net')
const http = require('node:http')

const HOST = '127.0.0.1'

// Force every TCP listener onto loopback: listen(port), listen(port, cb),
// listen({port}) and listen(port, '::') all become 127.0.0.1.
const originalListen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    if (args[0].path === undefined) args[0] = { ...args[0], host: HOST }
  } else if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (typeof args[1] === 'string') args[1] = HOST
    else args.splice(1, 0, HOST)
  } else if (args.length === 0 || typeof args[0] === 'function') {
    args.unshift(0, HOST)
  }
  return originalListen.apply(this, args)
}

// TestNetwork insists on REDIS_HOST but never connects to Redis.
process.env.REDIS_HOST = process.env.REDIS_HOST || `${HOST}:6379`
// Keep the services quiet on stdout: the ready line is the only output there.
process.env.LOG_ENABLED = process.env.LOG_ENABLED || 'false'

const { TestNetwork } = require('@atproto/dev-env')

let counter = 0

async function createAccount(network, body) {
  counter += 1
  const handle = body.handle || `user${Date.now().toString(36)}${counter}.test`
  const password = `pw-${Math.random().toString(36).slice(2)}-${counter}`
  const agent = network.pds.getClient()
  const res = await agent.api.com.atproto.server.createAccount({
    handle,
    email: `${handle.replace(/[^a-z0-9]/gi, '')}@example.com`,
    password,
  })
  await agent.login({ identifier: handle, password })
  const app = await agent.api.com.atproto.server.createAppPassword({
    name: `followback-${counter}`,
    privileged: Boolean(body.privileged),
  })
  if (body.displayName || body.description) {
    await agent.api.com.atproto.repo.putRecord({
      repo: res.data.did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: {
        $type: 'app.bsky.actor.profile',
        displayName: body.displayName || '',
        description: body.description || '',
      },
    })
  }
  await network.processAll()
  return { did: res.data.did, handle, password, appPassword: app.data.password }
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let data = ''
    req.on('data', (chunk) => (data += chunk))
    req.on('end', () => {
      try {
        resolve(data ? JSON.parse(data) : {})
      } catch (err) {
        reject(err)
      }
    })
  })
}

function startControl(network, info) {
  const server = http.createServer(async (req, res) => {
    const send = (status, obj) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(obj))
    }
    try {
      if (req.method === 'GET' && req.url === '/info') return send(200, info)
      if (req.method === 'POST' && req.url === '/process') {
        await network.processAll(10000)
        return send(200, { ok: true })
      }
      if (req.method === 'POST' && req.url === '/accounts') {
        return send(200, await createAccount(network, await readJson(req)))
      }
      return send(404, { error: 'not found' })
    } catch (err) {
      return send(500, { error: String((err && err.message) || err) })
    }
  })
  const port = Number(process.env.CONTROL_PORT || 0)
  return new Promise((resolve) => server.listen(port, HOST, () => resolve(server)))
}

async function main() {
  const dbPostgresUrl = process.env.DB_POSTGRES_URL
  if (!dbPostgresUrl) throw new Error('DB_POSTGRES_URL is not set')
  const network = await TestNetwork.create({
    dbPostgresUrl,
    dbPostgresSchema: process.env.DB_POSTGRES_SCHEMA || 'followback',
    pds: { hostname: 'localhost', enableDidDocWithSession: true },
    plc: {},
    bsky: {},
    ozone: {},
  })
  const info = {
    pds: network.pds.url,
    appview: network.bsky.url,
    plc: network.plc.url,
  }
  const control = await startControl(network, info)
  info.control = `http://${HOST}:${control.address().port}`
  process.stdout.write(JSON.stringify(info) + '\n')

  const shutdown = async () => {
    control.close()
    await network.close().catch(() => {})
    process.exit(0)
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

main().catch((err) => {
  process.stderr.write(`bluesky dev-env failed: ${(err && err.stack) || err}\n`)
  process.exit(1)
})
