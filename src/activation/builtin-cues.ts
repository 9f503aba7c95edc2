/**
 * What the seed implies beyond the words its agent file lists: the vocabulary of backend work
 * (positive) and of the boundaries' other side (negative). Weights: 3 = on its own enough to say
 * "backend work", 2 = strong with any other cue, 1 = only tips the balance. Phrases beat their words:
 * the longest match at a position wins and its words are not counted again.
 *
 * Format: `"phrase words": weight`, `"word": [weight, "context words that must also appear"]`, or
 * `"word": [weight, "context words", weight without them]`: the last form is for words that are backend
 * work next to their context and something else without it ("migration" of birds, "transaction" fees).
 */
export type CueTable = Readonly<Record<string, number | readonly [number, string] | readonly [number, string, number] | CueSpec>>;

/** The long form, for a cue that also has words which take its meaning away (`unless`). */
export interface CueSpec {
  readonly weight: number;
  readonly context?: string;
  readonly alone?: number;
  /** Words next to which the cue means something else: it then counts as if its context were missing. */
  readonly unless?: string;
}

const AUTH_CONTEXT = "account accounts auth authentication authorization login logout sign password jwt oauth oidc access refresh expire expiry revoke bearer api session cookie reset csrf verify verification credential user server backend";
const DB_CONTEXT = "query queries table column database db sql postgres postgresql mysql sqlite mongodb scan row rows slow composite btree primary secondary search elasticsearch select join explain";
/** Where the seed's own trigger words are meant: "migration" of a schema, not of birds; "transaction" in a database, not a fee. */
const TECH_CONTEXT = `${DB_CONTEXT} schema migration backfill rollback orm prisma api endpoint server backend service app application model entity data store user users customer order account tenant insert inserts`;
const STORED_DATA_CONTEXT = "data database db column field table store stored storage rest disk key keys secret secrets password pii token api server backend user users s3 backup sensitive";
/** Who can collide: "two users at the same time" is a race; "two charts at the same time" is not. */
const ACTOR_CONTEXT = "user users request requests worker workers process processes transaction transactions transfer transfers payment payments booking bookings purchase purchases customer customers buyer buyers order orders job jobs instance instances replica replicas admin admins client clients pod pods people";
/** "Forgot password" as a feature to build, not as the user's own lost password. */
const RESET_CONTEXT = "implement flow endpoint email link token expire expiry securely secure user users api server backend design";
/** Work that stops in the middle leaves data half done: atomicity, whatever words the user picks. */
const PARTIAL_CONTEXT = "crash crashes crashed transfer transfers row rows record records write writes insert inserted import job transaction data database table upload uploads file files server";
/**
 * Server-side things that can break. A symptom ("slower", "lost", "drift", "blocks") next to one of them is
 * how people describe backend work without naming it; next to anything else it says nothing.
 */
const SERVER_THING_CONTEXT = "server service services backend api endpoint query queries database db table row rows job jobs worker workers queue event events consumer request requests record records order orders account accounts webhook cron counter counters stock inventory";
/** Where "token" is a unit of text for a language model, not a credential. */
const LLM_CONTEXT = "prompt prompts llm llms openai gpt chatgpt embedding embeddings tokenizer tokenize anthropic nlp pytorch transformer transformers huggingface context window";
/** Things a user edits and saves: "the second save overwrites the first" is a lost update. */
const SAVED_THING_CONTEXT = "save saves saved edit edits edited record records row rows document documents update updates api database db same";
/** What a double click or a refresh can duplicate on a server. */
const DUPLICATE_CONTEXT = "charge charged order orders payment payments pay purchase booking submit submitted create created duplicate twice";
/** Work that must happen once: "runs twice", "redeemed more than once", "sent only once". */
const RUN_CONTEXT = "same ran run runs job jobs task tasks email emails send sent charge charged process processed redeem redeemed coupon voucher webhook event events message messages instance instances server servers worker workers cron";
/** Where "slow" is a server's problem, not a laptop's. */
const SLOW_CONTEXT = "server service services backend api endpoint query queries database db table row rows job jobs worker workers queue request requests search million billion gateway provider site";
/** Quantities that must not go below zero or drift. */
const QUANTITY_CONTEXT = "inventory balance count counter counters quantity seat seats credit credits sold";
/** Sign-up and sign-in, where telling "no such account" apart from "wrong password" leaks who has an account. */
const SIGNUP_CONTEXT = "user users account accounts email username login signup sign register registered registration exist check";
const MONEY_CONTEXT = "money price amount total totals cent cents currency balance invoice payment payments tax";

export const POSITIVE_CUES: CueTable = {
  // API design
  "api design": 3, "rest api": 3, restful: 3, "rest": [2, "api endpoint endpoints service resource resources http json crud"],
  graphql: 3, endpoint: 3, openapi: 3, swagger: 3, grpc: 3, protobuf: 3, webhook: 3, "api contract": 3,
  "api versioning": 3, "status code": 2, "request body": 2, "response body": 2, "error envelope": 3, "problem details": 3,
  "error handling": 1, "http status": 3, http: 1, "service layer": 3, "repository pattern": 3, overlap: 1, design: 1, pagination: 2, "cursor pagination": 3, paginate: 2, api: 2, apis: 2, "http api": 3, "public api": 3,
  route: [1, "api http request server express fastify handler"], handler: [1, "request req http api server service route endpoint"],
  // data
  database: [3, TECH_CONTEXT + " design model store stored connection connections design", 2], db: 2, schema: [3, TECH_CONTEXT + " json graphql request response design mongoose", 2], migration: [3, TECH_CONTEXT, 2], migrate: [2, TECH_CONTEXT, 0], sql: 3, nosql: 3, postgres: 3, postgresql: 3, mysql: 3, mariadb: 3,
  sqlite: 2, mongodb: 3, mongo: 2, dynamodb: 3, cassandra: 3, redis: 3, memcached: 3, elasticsearch: 2, "search index": 3,
  orm: 3, prisma: 3, sequelize: 3, typeorm: 3, sqlalchemy: 3, hibernate: 3, "active record": 3, sqlc: 3, knex: 3, drizzle: 3, mongoose: 3, gorm: 3, ecto: 3, doctrine: 2, "entity framework": 3, peewee: 3, objection: 1,
  query: 2, "slow query": 3, "query plan": 3, "explain analyze": 3, "sequential scan": 3, "full table scan": 3,
  index: [2, DB_CONTEXT], "composite index": 3, "foreign key": 3, "primary key": 3, "unique constraint": 3, constraint: 1,
  normalize: [2, DB_CONTEXT + " schema customer order"], normalization: 2, denormalize: 2, column: 2, row: 1, table: [2, "design schema relation relationship model normalize", 1],
  backfill: 3, replica: 2, replication: 2, sharding: 3, shard: 2, partitioning: 2, "data model": 3, "data modeling": 3,
  "data layer": 3, "data access": 3, "entity relationship": 3, "n 1": 2, persist: 2, persistence: 2, storage: 1,
  // integrity and concurrency
  "data integrity": 3, acid: 3, transaction: [3, TECH_CONTEXT + " isolation commit lock atomic consistency payment transfer balance ledger", 2], "isolation level": 3, serializable: 3, deadlock: 3, "race condition": 3,
  "lost update": 3, "optimistic locking": 3, "optimistic lock": 3, "pessimistic locking": 3, "row lock": 3, locking: 2,
  "select for update": 3, "for update": 2, concurrency: 2, concurrent: [3, ACTOR_CONTEXT, 1], concurrently: [3, ACTOR_CONTEXT, 1], simultaneously: [3, ACTOR_CONTEXT, 1], "double booking": 3, "double spend": 3,
  "double charge": 3, idempotency: 3, idempotent: 3, "idempotency key": 3, "exactly once": 3, "at least once": 3,
  twice: [2, RUN_CONTEXT, 1], duplicate: 1, "more than once": [2, RUN_CONTEXT, 1], "only once": [2, RUN_CONTEXT, 1], "distributed lock": 3, outbox: 3, saga: 3, "event sourcing": 3, cqrs: 3, "domain event": 3,
  "dead letter": 3, consistency: 2, "eventual consistency": 3, "data consistency": 3, consistent: 1,
  // auth and security
  authentication: 3, authorization: 3, auth: 3, authn: 3, authz: 3, oauth: 3, oauth2: 3, oidc: 3, openid: 3, jwt: 3,
  saml: 3, sso: 3, rbac: 3, abac: 3, "access control": 3, "role based": 3, mfa: 2, totp: 3, "api key": 3,
  "access token": 3, "refresh token": 3, "bearer token": 3, token: { weight: 2, context: AUTH_CONTEXT, unless: LLM_CONTEXT }, session: [2, AUTH_CONTEXT + " redis store storage database"],
  "password hashing": 3, "password reset": 3, bcrypt: 3, argon2: 3, argon2id: 3, "credential stuffing": 3, "brute force": 2,
  csrf: 2, cors: 2, "sql injection": 3, login: 2, signup: 1, password: 1, credential: 2, permission: 2, "permission check": 3, "access check": 3, "audit log": 3,
  "audit trail": 3, encryption: [3, STORED_DATA_CONTEXT, 2], encrypt: [3, STORED_DATA_CONTEXT, 2], decrypt: 3, "key rotation": 3, "secret management": 3, secret: 1, hipaa: 3,
  gdpr: 2, pci: 2, "pii": 2, hmac: 3, "verify signature": 3, signature: 1, replay: 1, "rate limit": 3, "rate limiting": 3,
  "rate limiter": 3, throttling: 2, security: 1, tenant: 2, tenancy: 3, "multi tenant": 3, multitenant: 3, "row level security": 3,
  // architecture and reliability
  backend: 3, "back end": 3, "backend engineer": 1, "backend developer": 1, "backend dev": 1, "backend role": 1, "backend position": 1, "server side": 3, serverside: 3, microservice: 3, microservices: 3, monolith: 2, "service mesh": 2,
  "circuit breaker": 3, bulkhead: 3, backoff: 3, "exponential backoff": 3, retry: 2, "graceful degradation": 3,
  "load shedding": 3, timeout: 1, "fault tolerance": 3, "fault tolerant": 3, cache: 2, caching: 2, "cache invalidation": 3,
  queue: 2, "message queue": 3, "job queue": 3, "background job": 3, kafka: 3, rabbitmq: 3, sqs: 3, nats: 2, "pub sub": 2,
  consumer: [1, "queue message kafka event topic"], "message broker": 3, "connection pool": 3, "connection pooling": 3,
  "database connection": 3, observability: 2, opentelemetry: 3, tracing: 2, "distributed tracing": 3, slo: 2,
  server: 1, service: 1, "http client": 2, upload: 1, "file upload": 2, "read receipt": 1, "message storage": 2,
  "api gateway": 3, "stored procedure": 3, crud: 2, hash: [2, "password passwords credential token secret key"],
  reliability: 2, reliable: 1, serializer: 1, validation: 1, "distributed system": 2, "cap theorem": 3, "event driven": 2,
  s3: 1, "object storage": 2, "soft delete": 3, worker: [1, "queue job background process retry"], "background worker": 3,
  job: [1, "queue worker background retry schedule import nightly batch resumable twice once"], scalability: 1, "horizontal scaling": 2,
  "per second": 2, throughput: 2, "high traffic": 2, latency: 1, quota: 2, "error code": 2, outage: 2, failover: 3,
  fallback: 2, "payment provider": 2, "third party": 1, "cron job": 2, cron: 1, "magic link": 3, passwordless: 3,
  "at once": [3, ACTOR_CONTEXT, 1], "same time": [3, ACTOR_CONTEXT, 1], simultaneous: [3, ACTOR_CONTEXT, 1], "server sent event": 3, websocket: 2, timezone: 1, timestamp: 1,
  "system design": 3, survive: 1,
  // symptoms, which count only next to a server-side thing
  slower: [1, SERVER_THING_CONTEXT, 0], lost: [1, SERVER_THING_CONTEXT, 0], lose: [1, SERVER_THING_CONTEXT, 0],
  drift: [2, SERVER_THING_CONTEXT, 0], "out of sync": [2, SERVER_THING_CONTEXT, 0], block: [1, SERVER_THING_CONTEXT, 0],
  inconsistent: [2, SERVER_THING_CONTEXT, 0], stuck: [1, SERVER_THING_CONTEXT, 0], missing: [1, SERVER_THING_CONTEXT, 0],
  bypass: [2, "client api request auth check limit enforce server frontend", 0], enforce: [1, "client api request limit server quota rule", 0],
  // HTTP status codes a server chooses
  "401": 2, "403": 2, "404": 1, "409": 2, "422": 2, "429": 2, "500": 1,
  // reliability of workers and processes
  "graceful shutdown": 3, "in flight": 2, sync: [1, "server database db data api offline conflict service services microservice microservices", 0],
  background: [2, "process job worker task queue later", 0], audit: [2, "row table record log change delete deleted who data", 0],
  // data that must be kept or forgotten
  "personal data": 2, "data retention": 3, retention: [2, "data record log delete purge gdpr year", 0],
  utc: [2, "store stored storing database db column timestamp save", 0], uuid: 2, "auto increment": 2, autoincrement: 2,
  transactional: [3, TECH_CONTEXT + " spring roll commit exception", 1],
  // sign-in and session lifecycle, said the way users say it
  "log in": 2, "sign in": 2, "log out": 2, logout: 2, "sign out": 2, "forgot password": [3, RESET_CONTEXT, 2], "reset password": [3, RESET_CONTEXT, 2],
  "change password": 2, "password change": 2, "every device": 1, "all device": 1, authenticate: 2, authorize: 2,
  // whose data: one user reaching another's is an authorization hole
  "other user": 2, "another user": 2, "other tenant": 3, "another tenant": 3, "other customer": 2,
  "another customer": 2, "other company": 2, "other organization": 2, "other org": 2, "other account": 2,
  "someone else": [2, "profile data account accounts order orders invoice invoices record records file files see access change edit delete id", 1],
  "user id": [1, "someone other url body param params change cookie header trust", 0],
  cookie: [1, "session auth login user id trust server httponly secure", 0], trust: [1, "client cookie header input request user id", 0], idor: 3, "permission model": 3, "permission system": 3, "access model": 3, "sharing model": 2,
  // temporary access to stored things
  "signed url": 3, "presigned url": 3, presigned: 3, "expiring link": 3, "one time link": 3, "one time code": 2,
  // replicas and where reads come from
  "read replica": 3, "replica lag": 3, "replication lag": 3, "read after write": 3, "read your own write": 3,
  "stale read": 3, "leader follower": 3, "multi region": 2, "active active": 2,
  // money that must add up
  float: [2, MONEY_CONTEXT, 0], rounding: [2, MONEY_CONTEXT, 0], decimal: [1, MONEY_CONTEXT, 0], money: 1,
  debit: 2, credit: [1, MONEY_CONTEXT + " debit account", 0], balance: [1, "account debit credit transfer ledger money", 0],
  "double entry": 3,
  // batch work that must survive a crash
  resumable: 2, checkpoint: 1, halfway: [2, PARTIAL_CONTEXT, 0], partially: [2, PARTIAL_CONTEXT, 0], "half done": [2, PARTIAL_CONTEXT + " request requests order orders", 0],
  "half written": [2, PARTIAL_CONTEXT + " request requests order orders", 0], "broken data": 2, "in the middle": [2, PARTIAL_CONTEXT, 0], "corrupt data": 2, "partial write": 3, "in batch": 2, "batch job": 2, "bulk import": 2, "nightly job": 2,
  // load and dependencies between services
  rps: 2, qps: 2, tps: 1, downstream: 2, "upstream service": 2, "cascading failure": 3, "thundering herd": 3,
  "write volume": 2, "write heavy": 2, "write load": 2, "read heavy": 2, "hot row": 3, "hot key": 3, "hot partition": 3,
  contention: 2, counter: [1, DB_CONTEXT + " drift count", 0],
  // SQL written into the prompt
  "alter table": 3, "create table": 3, "insert into": 2, "order by": 1, "group by": 1, "left join": 1, "inner join": 1,
  "offset pagination": 3, keyset: 3, offset: [1, "page paginate pagination limit cursor query", 0],
  // frameworks that only run on servers
  express: 2, fastify: 3, nestjs: 3, koa: 2, django: 2, flask: 2, fastapi: 3, rails: 2, "spring boot": 3, laravel: 2,
  "asp net": 2, gin: 1, phoenix: 1, "node js": 1, nodejs: 1,
  // business data that needs integrity when it is modelled or stored
  payment: 1, order: 1, refund: 1, invoice: 1, ledger: 3, billing: 1, reservation: 1, inventory: 1, account: 1,
  "line item": 1, checkout: 1, record: 1,
  // backend problems told by what users see, without the backend words
  // whose data: another customer's record behind a guessable id
  "other team": 2, "other shop": 2, "other store": 2, "other merchant": 2, "other workspace": 2, "other client": 2,
  "address bar": [1, "id ids number other someone change changing guess guessing", 0],
  "other people": [2, "data invoice invoices order orders record records file files profile profiles message messages document documents", 0],
  url: [1, "id ids number other someone change changing guess guessing", 0],
  // who has an account must not leak from sign-up, sign-in or reset
  enumeration: [3, SIGNUP_CONTEXT, 1], enumerate: [3, SIGNUP_CONTEXT, 1], "already registered": 2,
  "already exist": [2, SIGNUP_CONTEXT, 0], "already taken": [2, "email username", 0],
  "has an account": [2, SIGNUP_CONTEXT, 0], "no account": [2, SIGNUP_CONTEXT, 0], "no user": [2, SIGNUP_CONTEXT, 0],
  "not registered": [2, SIGNUP_CONTEXT, 0], "unknown email": 2, "timing attack": 3, "have an account": [2, SIGNUP_CONTEXT, 0],
  // who did what, kept for later
  "who changed": 2, "who did what": 3, "who deleted": 2, "who modified": 2, "who edited": 2, "who updated": 2,
  "who accessed": 2, "who looked at": 2, "who saw": 2, "who opened": 2, "change history": 3, "edit history": 3,
  history: [1, "who edit change record records row rows version audit", 0], "who viewed": 1, "who created": 1, compliance: [1, "data record records log store stored audit retention", 0],
  // whether a service can take traffic
  "health check": [3, SERVER_THING_CONTEXT + " dependency dependencies", 2], healthcheck: [3, SERVER_THING_CONTEXT, 2],
  "health endpoint": 3, readiness: [2, SERVER_THING_CONTEXT + " probe check", 0], liveness: [2, SERVER_THING_CONTEXT + " probe check", 0],
  "return 200": 2,
  // what a handler accepts
  "req body": 3, "req param": 3, "req query": 3, "request validation": 3, "input validation": 2, "validate input": 2,
  "mass assignment": 3, validate: [1, "request body payload handler endpoint api server", 0],
  payload: [1, SERVER_THING_CONTEXT + " handler validate validation", 0],
  // slow or failing side effects inside a request
  email: [1, "request requests queue worker background server timeout identifier unique primary", 0], "mail server": 2,
  "in the request": [2, "email slow block wait timeout call third party", 0], synchronously: [2, SERVER_THING_CONTEXT, 0],
  "time out": [1, SERVER_THING_CONTEXT, 0], "fire and forget": 2,
  request: [1, "slow seconds timeout time block blocks wait waits hang hangs", 0], "pull request": -1, "merge request": -1, "feature request": -1,
  // two saves, the second silently wins
  overwrite: [2, SAVED_THING_CONTEXT, 0], "last write win": 3, "save last": 2, "wipe out": [1, SAVED_THING_CONTEXT, 0], "same record": 2, "same row": 2, "edit the same": [2, ACTOR_CONTEXT + " two both people", 0],
  "update the same": [2, ACTOR_CONTEXT + " two both people", 0], "change the same": [2, ACTOR_CONTEXT + " two both people", 0],
  // one click, two orders
  "double click": [3, DUPLICATE_CONTEXT, 0], "double submit": 3, "double submission": 3, "charged twice": 3,
  "charge twice": 3, "duplicate order": 3, "duplicate payment": 3, "duplicate charge": 3, refresh: [1, DUPLICATE_CONTEXT, 0], reload: [1, DUPLICATE_CONTEXT, 0],
  // quantities that go below zero
  oversell: 3, oversold: 3, negative: [2, QUANTITY_CONTEXT, 0], "below zero": [2, QUANTITY_CONTEXT, 0],
  stock: [1, "order orders sold inventory quantity count negative reserve", 0], "stock market": -2,
  // the same, at scale or under a slow dependency
  slow: [1, SLOW_CONTEXT, 0], unresponsive: [1, SLOW_CONTEXT, 0], million: [1, "row rows record records product products user users order orders slow table query search", 0],
  search: [1, "slow million billion relevance fuzzy typo", 0], billion: [1, "row rows record records event events slow table query", 0], "payment gateway": 2,
  // things that happen on every server and must happen once
  "scheduled task": 1, "scheduled job": 2, "multiple instance": 2, instance: [1, "app server servers twice once run running", 0],
  // events other systems subscribe to
  subscribe: [2, "event events notify notified partner partners webhook topic", 0], notified: [1, "event events partner partners subscribe", 0],
  // guessing secrets, redeeming twice, reconciling money
  guess: [2, "password passwords login id ids token tokens code codes pin", 0], redeem: [1, "coupon code voucher gift once twice", 0],
  coupon: 1, voucher: 1, reconcile: [2, "payment payments provider money order orders ledger bank balance", 0],
  reconciliation: [2, "payment payments provider money order orders ledger bank balance", 0],
  // who may see which data
  "customer data": 2, "user data": 2, "card number": 2, role: [2, "permission permissions access admin admins user users staff see data customer owner owners member members viewer viewers editor editors invite restrict api", 0],
  orphan: [2, SERVER_THING_CONTEXT + " delete deleted deleting user users comment comments", 1], "on delete cascade": 3, "cascade delete": 3,
  // deleting an account, and everything that hangs off it
  "delete their account": 2, "delete account": 2, "account deletion": 2, "right to be forgotten": 3,
  // work that outlives a request
  "long running": 2, usage: [1, "charge bill billing api call calls metered count", 0], metered: 2,
  cpu: [1, "db database query queries", 0], pending: [2, "order orders payment payments job jobs task tasks status", 0],
  callback: [1, "save saved commit rollback transaction model orm", 0], "roll back": [2, TECH_CONTEXT + " save saves commit callback", 1],
  abuse: [2, "request requests api endpoint sms email signup login minute", 0], "per minute": [1, "request requests time api call calls", 0],
  "error response": 3, export: [1, "data user users request zip csv large job jobs background", 0], "still running": [2, "import export job jobs task tasks request api", 0],
  // plan limits enforced somewhere
  "per tenant": 2, "per workspace": 2, "per user": 1, "per account": 1, limit: [1, "plan plans free pro tier paid quota enforce subscription", 0],
  // the same thing delivered again
  "same event": 2, "same message": 2, "same notification": 2, "same webhook": 2, "same request": 2, "push notification": 1,
  // numbers that must agree
  total: [1, "sum different wrong mismatch match report invoice", 0],
  // identity providers
  okta: 3, auth0: 3, keycloak: 3, cognito: 3, "identity provider": 3, idp: 2,
  // identifiers
  identifier: [2, "primary unique user users key record records row rows", 0], numeric: [2, "id ids identifier", 0], sequential: [2, "id ids identifier", 0],
  document: [1, "mongo mongodb collection field array nosql dynamodb firestore", 0],
  "app server": 2, "on the server": 2, "fall over": [1, SERVER_THING_CONTEXT, 0], cart: 1,
  // time zones and clocks in scheduled work
  dst: [2, "job jobs run cron schedule charge charges billing nightly store stored timestamp", 1],
  "daylight saving": [2, "job jobs run cron schedule charge charges billing nightly store stored timestamp", 1],
  nightly: [1, "run job jobs charge charges billing batch import", 0],
  // shapes of data
  "any depth": 2, "arbitrary depth": 2, model: [1, "table tables comment comments order orders user users relation relationship entity entities", 0],
  // anyone's account, anyone's link
  "any user": [2, "admin password data access reset see change delete", 0],
  "invite link": 2, "invitation link": 2, anyone: [1, "link links url token code access invite", 0],
  "reset code": 3, "verification code": 3, otp: 3, "never expire": [2, "code token link session key password reset invite", 0],
  // where data lives, who asks for updates
  "data residency": 3, eu: [1, "data store stored user users customer customers region gdpr", 0], "their data": [1, "user users customer customers store stored delete export", 0],
  poll: [2, "client clients server every second status api endpoint push", 0], "long polling": 3, feed: [1, "paginate pagination cursor sort sorted score timeline", 0],
  // stored files
  "user upload": 2, store: [1, "setting settings tenant tenants data user users password passwords token tokens file files upload uploads key keys secret secrets record records", 0],
  // stopping a server without dropping work
  sigterm: 2, shutdown: [2, "server worker workers request requests job jobs process app connection connections", 0],
};

export const NEGATIVE_CUES: CueTable = {
  // frontend UI and visual design
  frontend: -3, "front end": -3, "frontend dev": -1, "frontend developer": -1, "frontend engineer": -1, ui: -2, ux: -1, "user experience": -3, "user interface": -3, style: -2, styling: -3, html: -2, dom: -3, "virtual dom": -3, react: -3, vue: -3, svelte: -3, angular: -3,
  jsx: -3, nextjs: -2, button: -3, navbar: -3, menu: -2, sidebar: -3, footer: -2, modal: -3, tooltip: -3,
  toast: -3, hover: -2, hovering: -2, click: -1, responsive: -2, layout: -2, flexbox: -3,
  color: -2, colour: -2, font: -2, icon: -2, gradient: -3, pixel: -2, screen: [0, "api endpoint endpoints response call", -1], page: [0, "paginate pagination offset limit cursor api endpoint query db database", -1], widget: -2, chart: -2,
  form: -1, accessibility: -2, a11y: -2, keyboard: -1, "dark mode": -3, div: -2, "z index": -3, logo: -2, visual: -2, "client side": -2,
  browser: -2, iphone: -2, android: -1, ios: -1, storybook: -3, cypress: -2, playwright: -2, image: -1, gallery: -2,
  markdown: -1, render: -1, "lazy load": -2, copy: [-1, "text headline wording marketing tone paragraph sentence", 0], reword: -2, wording: -1, onboarding: -1, "welcome screen": -2, pane: -2, window: -1,
  // DevOps and infrastructure deployment
  devops: -3, infrastructure: -2, deploy: -1, deployment: -2, kubernetes: -3, k8s: -3, pod: -2, docker: -2, container: -1, ci: -2, "ci cd": -3,
  pipeline: -1, jenkins: -3, nginx: -2, systemd: -3, vm: -2, vpc: -3, subnet: -3, provision: -2,
  region: -1, "log rotation": -2, "roll out": -1, husky: -2, "pre commit": -2, lint: -1, git: -1, commit: -1, squash: -2,
  rebase: -2, powershell: -1, "shell script": -1, "load balancer": -2,
  // not engineering work at all
  interview: -3, resume: -2, proofread: -3, hiking: -2, excel: -2, spreadsheet: -2, classifier: -1, sentiment: -1, career: -3,
  // monitoring dashboards are operations, embeddings and LLM plumbing are ML
  grafana: -2, kibana: -2, dashboard: -1, embedding: -1, rag: -2, llm: -1, "fine tune": -2,
  salary: -2, homework: -3, exam: -2, translate: -2, pandas: -2, dataframe: -2, "as you type": -2, "input field": -2, sorting: [-1, "table column columns header click ui grid", 0],
  show: [-1, "page screen button modal icon ui view table list", 0], "non technical": -2,
  // language models count text in tokens
  openai: -2, gpt: -2, chatgpt: -2, tokenizer: -2, "context window": -2, prompt: -1, "system prompt": -2,
};

/** Writing and teaching: a poem about migrations is a poem, wherever in the prompt it is named. */
export const WRITING_CUES: CueTable = {
  joke: -3, limerick: -3, poem: -3, haiku: -3, story: -2, "cover letter": -3, "blog post": -2, essay: -2,
  course: -2, curriculum: -2, syllabus: -2, lesson: -2,
};

/**
 * Things a user asks to have made that are not backend work: a page, a style, an animation, an offline
 * cache in the browser, an infrastructure file. When one is named, the backend words around it only say
 * what it shows or runs ("a hero section for our API product", "a Helm chart for the auth service"), so
 * positive cues count half. Only when asked for: "the CSS is fine, but the API ..." is about the API.
 */
export const ARTIFACT_CUES: CueTable = {
  // UI
  "landing page": -3, "hero section": -3, "hero banner": -3, pwa: -3, "progressive web app": -3, "service worker": -3,
  css: -3, scss: -3, sass: -3, tailwind: -3, stylesheet: -3, "styled component": -3, animation: -3, animate: -3,
  component: -2, "react component": -3, "vue component": -3, "ui component": -3, storyboard: -2, mockup: -3, wireframe: -3,
  // infrastructure as files
  terraform: -3, "terraform module": -3, pulumi: -3, cloudformation: -3, ansible: -3, "ansible playbook": -3,
  helm: -3, "helm chart": -3, dockerfile: -3, "docker compose": -3, "compose file": -3, "github actions": -3,
  "ci workflow": -3, "ci pipeline": -3, "k8s manifest": -3, "kubernetes manifest": -3, manifest: [-2, "k8s kubernetes yaml helm deployment", 0],
  "deployment yaml": -3, "nginx config": -3, "nginx configuration": -3, "proxy config": -3, caddyfile: -3,
};
