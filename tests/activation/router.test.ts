import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agentCues, buildVocabulary } from "../../src/activation/agent-vocabulary.js";
import { route } from "../../src/activation/route.js";
import { stem } from "../../src/activation/stem.js";
import { tokenize } from "../../src/activation/tokenize.js";
import { vocabulary } from "./vocabulary.js";

describe("explicit mentions", () => {
  it.each([
    "@backend-architect design the orders service",
    "@agent-backend-architect design the orders service",
    "@agent-backend-architect:backend-architect design the orders service",
    '@"backend-architect (agent)" design the orders service',
    '@"backend-architect:backend-architect (agent)" what do you think?',
    "what do you think, @backend-architect?",
    "(@backend-architect) have a look",
    "**@backend-architect** have a look",
    "cc:@backend-architect",
    "@BACKEND-ARCHITECT have a look",
    "Could the backend-architect agent look at this?",
    "Please ask the backend-architect subagent about it",
    "use the backend architect agent for this one",
    "let the backend-architect sub-agent decide",
  ])("%s → explicit", (prompt) => {
    const decision = route(prompt, vocabulary);
    expect(decision).toMatchObject({ explicit: true, activate: true });
    expect(decision.reasons[0]).toMatch(/^explicit: /);
  });

  it.each([
    ["an e-mail address", "Mail ops-backend-architect@company.example about it"],
    ["an e-mail address with the name before @", "write to backend-architect@example.com"],
    ["a URL", "see https://example.com/@backend-architect for the profile"],
    ["a URL without scheme", "see www.example.com/@backend-architect"],
    ["inline code", "what does `@backend-architect` do in the docs?"],
    ["double-backtick inline code", "type ``@backend-architect `x` `` to call it"],
    ["a fenced block", "Explain this snippet:\n```\n@backend-architect hello\n```\nthanks"],
    ["a tilde fence", "~~~md\nthe backend-architect agent\n~~~\nwhat is this file"],
    ["an unclosed fence (code to the end)", "look:\n```\n@backend-architect"],
    ["another agent", "Ask @frontend-architect to review the page"],
    ["a longer name", "@backend-architecture-notes is a channel"],
    ["a name inside a word", "foo@backend-architect"],
    ["a path without scheme", "see github.com/@backend-architect for the profile"],
    ["a scoped package", "npm install @backend-architect/sdk"],
    ["the name without agent", "I am a backend-architect by trade"],
  ])("%s is not explicit", (_case, prompt) => {
    expect(route(prompt, vocabulary).explicit).toBe(false);
  });

  // The agent's name in code is a quotation (docs, a snippet), not a request: neither the mention nor the
  // name's own words ("backend") may activate the router.
  it.each([
    ["inline code", "what does `@backend-architect` do in the docs?"],
    ["inline code, the full plugin form", "is `@agent-backend-architect:backend-architect` the right syntax?"],
    ["inline code, the bare name", "rename `backend-architect` in the readme"],
    ["double-backtick inline code", "type ``@backend-architect `x` `` to call it"],
    ["a fenced block", "Explain this snippet:\n```\n@backend-architect hello\n```\nthanks"],
    ["a tilde fence", "~~~md\nthe backend-architect agent\n~~~\nwhat is this file"],
    ["an unclosed fence (code to the end)", "look:\n```\n@backend-architect"],
  ])("a mention in %s does not activate routing", (_case, prompt) => {
    expect(route(prompt, vocabulary)).toMatchObject({ activate: false, explicit: false });
  });

  it("the agent's name in code does not hide backend words around it", () => {
    expect(route("`@backend-architect` said: add an index to the orders table so the query stops scanning", vocabulary).activate).toBe(true);
  });

  it("an unmatched backtick does not hide a later mention", () => {
    expect(route("the ` key, then @backend-architect", vocabulary).explicit).toBe(true);
  });
});

describe("scoring", () => {
  it.each([
    "Design the REST endpoints for our invoicing service",
    "Add a composite index so the slow orders query stops scanning the whole table",
    "Refresh tokens: how do we rotate them safely after login?",
    "Where should user sessions be stored so logout works across servers?",
    "Make the payment webhook handler idempotent",
    "Plan the Postgres migration for splitting the accounts table",
    "How do we prevent a race condition when two workers claim the same job?",
    "Implement rate limiting on our public API",
    "Model multi-tenant data isolation with row level security",
    "Choose an isolation level for the transfer transaction",
    "Set up a connection pool for the database in our Node server",
    "Design the authorization rules for team admins and members",
    // backend work in the user's own words, not the trigger words
    "Two users bought the last ticket at the same time",
    "GET /events is slow past page 1000",
    "Users can see other users' invoices by changing the id",
    "How do we log out every device after a password change?",
    "Read replica lag: users don't see their own writes",
    "We store money as float and the totals are off by a cent",
    "The import job dies halfway and leaves half the rows inserted",
    "Checkout hangs when the downstream shipping service is slow",
    "Design the tables for a multi-vendor marketplace",
    "Authorisation rules for admins and members",
    "authetication for my flask app",
    "The leaderboard query gets slower every week",
    "Every service has its own user table and they drift apart",
    "Should IDs be UUIDs or auto-increment ints?",
    "Which HTTP code when a user may not see a resource, 403 or 404?",
    "Graceful shutdown for our worker so in-flight jobs aren't lost",
    "Spring @Transactional does not roll back on a checked exception",
    "Limit free users to 3 projects and enforce it so they cannot bypass it from the client",
    "Can two pods run the migration at the same time on startup?",
    // consequences, told without the backend words
    "a tester found that editing the order number in the address bar shows orders from other shops",
    "anyone logged in can open /api/projects/77/files and download another team's files",
    "the forgot-password screen tells people 'no user with that email' — is that a problem?",
    "customers get charged twice when they hit pay and then reload the page",
    "if a shopper double clicks 'place order' we end up with two orders",
    "two admins edit the same product and whoever saves last wipes out the other's changes",
    "inventory count goes negative during flash sales",
    "the likes counter on posts slowly drifts from the real number of likes",
    "generating the PDF invoice inside the checkout request makes checkout take 8 seconds",
    "what should our health check endpoint verify, just the process or also the database?",
    "when we restart the app during a deploy, requests that were half done leave broken data. how should the app stop?",
    "we need to keep a history of who edited each contract and what they changed",
    "our express route passes req.body straight into the mongoose update, what can go wrong",
    "seats for the webinar sometimes exceed the cap when lots of people register at once",
    "sessions survive after an admin disables an account; how do we cut them off",
    "our coupon code can be redeemed more than once if you're quick",
    "how should we store user uploaded avatars and serve them",
    "the nightly report emails go out twice whenever we run two instances of the app",
    "bank transfers between wallets sometimes lose money when the process crashes in the middle",
    "what's a good way to let partners subscribe to events in our system and get notified",
    "search on the products list is slow once we passed a million products",
    "when the payment gateway is slow our whole site becomes unresponsive",
    "people keep guessing passwords on the login form, what should we do on our side",
    "how to version our public endpoints without breaking old mobile apps",
    "support staff need to see customer data but not card numbers, how do we set up roles",
    "the mobile app gets logged out every hour, how long should access tokens live and how do we renew them",
    "we store phone numbers in plain text, should they be encrypted at rest",
    "after the marketing email went out, the signup endpoint fell over under load",
    "a customer's order shows paid but the money never arrived, how do we reconcile with the provider",
    "split the users table: profile stuff vs login stuff?",
    "one slow tenant's big exports make the app slow for every other tenant",
    "how do I make sure a scheduled task runs only once when we have 4 servers",
    "our postgres CPU is pegged at 100% every morning at 9 when everyone logs in",
    "should the cart live in the database or in the browser's local storage? we want it on every device",
    "how do we let users export all their data as a zip without timing out the request",
    "our mobile app talks to 6 microservices directly, should we put something in between",
    "a user deleted their account but still gets our newsletter and their data is still in the analytics tables",
    "how should the API tell the client that a long import is still running",
    "two browser tabs refreshing the token at once log the user out",
    "design the data model for a restaurant booking app with tables, shifts and waitlists",
    "laravel: queue jobs are processed but the emails never arrive and failed_jobs is empty",
    "soft limits per workspace: 5 projects on free, unlimited on pro; where should that check live",
    "the report endpoint returns different totals than the dashboard for the same month",
    "we want to let users log in with their company's Okta",
    "how do I return validation errors from a django rest framework serializer in a consistent shape",
    "is it ok to use the email address as the primary identifier for users",
    "our numeric order ids leak how many orders we get per day, does that matter",
    "mongo documents keep growing because we push every event into an array on the user",
    "how should uploads of 2 GB videos work so the app server doesn't fall over",
    "users who change their email never confirm the new one, and we already switched their login to it",
    "how should we design the api for bulk operations, one request with 500 items or 500 requests",
    "our ORM loads the whole user with all relations just to check if they're an admin",
    "the leaderboard recomputes on every page view and the db is at 90% cpu",
    "we want to charge by usage (API calls per month); how do we count reliably",
    "how do I keep two microservices' copies of customer addresses in sync",
    "uploads go straight to our server then to s3, it's slow and expensive",
    "someone brute forced a coupon code endpoint overnight",
    "how do we give each customer their own subdomain and keep their data separate in one postgres",
    "our go service leaks db connections under load, pool is set to 20",
    "is it safe to put the user id in a cookie and trust it on the next request",
    "the same SMS verification can be requested 100 times a minute, how to stop abuse",
    "need an endpoint to bulk update 10k products without locking the table for minutes",
    "write-up on how we should structure error responses across our 12 services",
    "after a failed payment the order stays 'pending' forever. who should clean that up and how",
    "want to add full-text search over tickets, postgres or elastic?",
    "our rails app sends a slack message in an after_save callback and sometimes it fires for rolled back saves",
    "what's the best way to store settings that each tenant can override",
    "our React app calls GET /orders?user=5 and you can put any user id there and see their orders",
    "the checkout form submits twice on slow connections and we create two orders, what should the backend do",
    "mobile app stores the jwt in plain shared preferences, and the refresh token never expires on the server",
    "the css is fine, my problem is the api: PATCH /profile lets users set their own role to admin",
    "we use an LLM to tag tickets; the tagging job sometimes runs twice and writes duplicate tags into postgres",
    "we have a users table with a `deleted` boolean and now every query needs `WHERE NOT deleted`. people forget it. better pattern?",
    "fastapi + sqlalchemy: the session is shared across requests and we get weird stale data",
    "how do I paginate a feed sorted by score when scores change all the time",
    "our cron sends the digest email at 8am server time but users are all over the world",
    "the mobile team wants one endpoint that returns the whole home screen in one call. good idea?",
    "is storing the user's role in the JWT a problem if an admin demotes them",
    "what's the cleanest way to soft-delete in prisma so deleted rows don't show up everywhere",
    "We sell event tickets. When a big show goes on sale, 20k people hit buy in the first minute and we oversell or the site dies. How should the purchase flow work?",
    "our audit table is 2 billion rows and the compliance team needs 7 years of it",
    "node api: unhandled promise rejections crash the process and all in-flight requests die",
    "how should we hash passwords in 2025, bcrypt still fine?",
    "users upload CSVs with 500k lines and the request times out",
    "we copy customer data to a staging db for debugging, legal is unhappy. what should we do instead",
    "the 'forgot password' email link works forever and can be reused",
    "our API returns the full user object including password_hash in some responses",
    "mobile clients retry on network errors and we get duplicate comments",
    "should each microservice own its database or can they share one postgres",
    "we need to let B2B customers see only their own employees' data in the reporting endpoints",
    "ratelimit per api key vs per ip for a public api, and what headers to send",
    "how do we rotate the database password without restarting every service",
    "we're getting 'too many clients already' from postgres after scaling the lambdas",
    "should order status changes be a state machine in the db or just an enum column",
    "our public api has no versioning yet and we need to rename a field, how",
    "stripe says the webhook signature doesn't match but the secret is right. express app",
    "store refresh tokens hashed? and what about reuse detection",
    "we need per-customer encryption keys so one leaked key doesn't expose everyone",
    "GET /search?q= takes 3s, it's a LIKE '%q%' on products.name",
    "the nightly billing run charges some customers on the wrong day after DST",
    "what's the right http status when the client sends a valid request for a resource that's been deleted",
    "split our user service's database from the orders service without downtime",
    "how do I model comments that can reply to comments, any depth, and load a thread fast",
    "the admin panel lets support agents reset any user's password; how do we limit and log that",
    "a background worker picks messages from SQS but sometimes processes one after it was already deleted",
    "users in the EU must have their data stored in the EU, how to structure that",
    "clients poll /status every second; should we push instead and how",
    "our graphql resolvers hit the db once per item in a list",
    "the reset code is 4 digits and never expires",
    "invite links can be used by anyone who gets forwarded the email",
    "how to store api keys in a mobile app without exposing them",
    "orders table grew to a billion rows and queries are slow, partition it?",
    "webhook from our payment provider sometimes arrives before the order is saved",
    "the password reset email takes a minute to arrive because we send it inside the request",
    "let team owners invite members with a role and restrict what viewers can do in the api",
    "a job that sends invoices ran twice after the deploy and customers got two invoices",
    "users can change someone else's profile by sending their user id in the PUT body",
    "design the tables for recurring subscriptions with upgrades and prorated refunds",
  ])("%s → activates", (prompt) => {
    const decision = route(prompt, vocabulary);
    expect(decision.activate).toBe(true);
    expect(decision.explicit).toBe(false);
    expect(decision.score).toBeGreaterThanOrEqual(vocabulary.threshold);
  });

  it.each([
    ["latest is not test, release notes are not backend", "Summarise the latest release notes"],
    ["rest as in a break", "Should I rest before the marathon?"],
    ["tokens in NLP", "Count the tokens in this sentence with a tokenizer"],
    ["a therapy session", "How long should a therapy session last?"],
    ["an index of a book", "Build an index for my cookbook chapters"],
    ["z-index", "The modal sits under the header: fix the z-index"],
    ["frontend styling", "Style the pricing cards with CSS grid"],
    ["frontend mostly, with an API call", "Fetch the users API in our React component and render a table"],
    ["deployment mostly", "Deploy our API with Terraform to a new Kubernetes cluster"],
    ["CI pipeline", "Add a GitHub Actions workflow that runs the tests"],
    ["creative writing about databases", "Write a poem about a database"],
    ["a career question", "What should a backend developer put on their resume?"],
    ["an e-mail address with backend in it", "Forward this to backend-team@example.com"],
    ["a URL with api in it", "Open https://api.example.com/v1/users in the browser"],
    ["nothing technical", "What is the capital of Australia?"],
    ["migration of birds", "Bird migration routes over the Alps"],
    ["a transaction fee", "What is the transaction fee on this exchange?"],
    ["encryption as history", "Summarise the history of encryption in the war"],
    ["a job title", "What does a backend engineer do all day?"],
    ["a schema with no data around it", "The schema.org markup for my recipe page"],
    ["one's own lost password", "I forgot password for my router admin page"],
    ["at once without anyone colliding", "Open two files at once in my editor"],
    ["float in CSS", "Float the sidebar to the right"],
    ["a file path after delete", "delete /tmp/cache before the build"],
    ["openai is not a typo of openapi", "How do I check my usage on the OpenAI dashboard?"],
    ["one wrong letter is not a typo match", "throughout the translation, keep the tone"],
    ["a symptom of nothing on a server", "My phone gets slower every week and the battery drifts"],
    ["monitoring dashboards", "Set up Grafana dashboards for the API latency"],
    ["wording of a form", "Reword the schema validation messages in our signup form"],
    ["ML plumbing", "Vector database for RAG: which embedding model?"],
    // a UI or infrastructure artifact is the request; the backend words only describe it
    ["a landing page for an API", "build a landing page for our GraphQL API with a code sample and signup button"],
    ["a Helm chart", "write a helm chart for our postgres-backed orders service with a secret for the db password"],
    ["a compose file", "docker compose file with postgres, redis and the api for local dev"],
    ["a terraform module", "a terraform module that creates an RDS database and its security group"],
    ["a component", "a react component that shows the orders table with pagination controls"],
    ["a service worker", "service worker that caches the API responses for offline use"],
    ["a CI workflow", "write a GitHub Actions workflow that runs database migrations on deploy"],
    ["a k8s manifest", "k8s manifest for the auth service with a readiness probe"],
    // tokens of a language model
    ["LLM tokens and an API", "how many tokens does gpt-4o allow in the context window and how do I trim my prompt"],
    ["tokens of an embeddings API", "embeddings API: should I batch my requests to save tokens?"],
    // family words with nothing server-side around them
    ["a doctor's health check", "my grandmother's health check is next week, what should she ask the doctor"],
    ["who changed something at the office", "who changed the wallpaper on the office TV?"],
    ["a stock market", "the stock market went negative this week, should I sell"],
    ["double click on a desktop", "double click a file in finder and nothing opens"],
    ["an e-mail template", "email template for inviting people to our meetup"],
    ["overwriting photos", "overwrite the old photos on my SD card safely"],
    // the same words away from any server
    ["the api response for the orders list is ", "the api response for the orders list is fine but the table component re-renders too often"],
    ["write a Dockerfile for our node api that", "write a Dockerfile for our node api that runs as non-root"],
    ["nginx config to proxy /api to the backen", "nginx config to proxy /api to the backend container and serve the SPA"],
    ["make the login page look like the new br", "make the login page look like the new brand guidelines"],
    ["fine-tune a model on our support tickets", "fine-tune a model on our support tickets and count the training tokens"],
    ["what's the best database of free stock p", "what's the best database of free stock photos"],
    ["help me write a cold email to a potentia", "help me write a cold email to a potential customer"],
    ["the checkout page layout breaks on small", "the checkout page layout breaks on small phones"],
    ["set up a cron on my mac to back up my do", "set up a cron on my mac to back up my documents folder every night"],
    ["how do I migrate my wordpress blog to a ", "how do I migrate my wordpress blog to a new host"],
    ["storybook stories for the order summary ", "storybook stories for the order summary card with loading and error states"],
    ["write an SQL course outline for beginner", "write an SQL course outline for beginners, 6 weeks"],
    ["our sprint retro keeps running over, how", "our sprint retro keeps running over, how should we structure it"],
    ["explain what a JWT is to my non-technica", "explain what a JWT is to my non-technical manager in two sentences"],
    ["prometheus alert when the api error rate", "prometheus alert when the api error rate goes over 5 percent"],
    ["add a skeleton loader to the user profil", "add a skeleton loader to the user profile page while the API loads"],
    ["vs code keeps asking me to sign in to gi", "vs code keeps asking me to sign in to github, how do i stop it"],
    ["chatbot that answers from our docs: how ", "chatbot that answers from our docs: how to chunk them and how many tokens per chunk"],
    ["render the invoice as a PDF in the brows", "render the invoice as a PDF in the browser with the company logo"],
    ["terraform: create an S3 bucket with vers", "terraform: create an S3 bucket with versioning and a lifecycle rule"],
    ["center this div horizontally and vertica", "center this div horizontally and vertically"],
    ["my next.js build fails with 'window is n", "my next.js build fails with 'window is not defined'"],
    ["aws cli: list all s3 buckets and their s", "aws cli: list all s3 buckets and their sizes"],
    ["write a bash script that renames all jpg", "write a bash script that renames all jpgs in a folder by date"],
    ["give me 10 names for a coffee shop", "give me 10 names for a coffee shop"],
    ["flutter: the list view jumps when new it", "flutter: the list view jumps when new items are added at the top"],
    ["set up eslint and prettier for our types", "set up eslint and prettier for our typescript monorepo"],
    ["how to write a good prompt for summarizi", "how to write a good prompt for summarizing meeting notes with claude"],
    ["our figma tokens don't sync with the tai", "our figma tokens don't sync with the tailwind config"],
    ["increase the memory limit of the api pod", "increase the memory limit of the api pod and add a liveness probe"],
    ["the login form should show the password ", "the login form should show the password strength while typing"],
    ["write a jest test for the useOrders hook", "write a jest test for the useOrders hook that mocks fetch"],
    ["convert this python 2 script to python 3", "convert this python 2 script to python 3"],
    ["set up a VPN between our office and AWS", "set up a VPN between our office and AWS"],
    ["design system: which spacing scale and t", "design system: which spacing scale and type scale should we pick"],
    ["write the github issue template for bug ", "write the github issue template for bug reports"],
    ["the app store rejected our build because", "the app store rejected our build because of the sign in with apple button placement"],
    ["optimize the LCP on our marketing site, ", "optimize the LCP on our marketing site, the hero image is 2MB"],
    ["helm upgrade fails with 'another operati", "helm upgrade fails with 'another operation is in progress'"],
    ["make the API docs page prettier with a d", "make the API docs page prettier with a dark theme"],
    ["helm chart values for the redis cluster:", "helm chart values for the redis cluster: persistence and memory limits"],
    ["write cypress tests for the login flow", "write cypress tests for the login flow"],
    ["the chat widget should scroll to the new", "the chat widget should scroll to the newest message automatically"],
    ["docker build is slow because npm install", "docker build is slow because npm install runs every time"],
    ["how do i get the token count of a pdf be", "how do i get the token count of a pdf before sending it to gpt"],
    ["tooltip on the disabled submit button ex", "tooltip on the disabled submit button explaining why it's disabled"],
    ["the chart on the analytics page shows th", "the chart on the analytics page shows the wrong months on the x axis"],
    ["a landing page section listing our API's", "a landing page section listing our API's rate limits and pricing"],
    ["what laptop should I buy for programming", "what laptop should I buy for programming"],
    ["explain the difference between let and c", "explain the difference between let and const in javascript"],
    ["set up cloudwatch alarms for our RDS ins", "set up cloudwatch alarms for our RDS instance CPU"],
    ["write a regex that matches US phone numb", "write a regex that matches US phone numbers"],
    ["animate the order confirmation checkmark", "animate the order confirmation checkmark when payment succeeds"],
    ["generate typescript types from our opena", "generate typescript types from our openapi spec for the frontend client"],
    ["our kubernetes ingress needs TLS certifi", "our kubernetes ingress needs TLS certificates from let's encrypt"],
    ["write a limerick about database migratio", "write a limerick about database migrations"],
    ["recommend a good book on distributed sys", "recommend a good book on distributed systems for a beginner"],
    ["the signup form's password field needs a", "the signup form's password field needs a show/hide toggle"],
    ["how do I sort a list of dicts by two key", "how do I sort a list of dicts by two keys in python"],
    ["a class essay comparing databases", "compare postgres and mysql for my university database class essay"],
    ["make the navbar sticky on scroll", "make the navbar sticky on scroll"],
    ["postgres docker image: how to set the de", "postgres docker image: how to set the default password with env vars"],
    ["write a tweet announcing our new API", "write a tweet announcing our new API"],
    ["the orders page flashes empty before the", "the orders page flashes empty before the data loads"],
    ["set up pgAdmin on my windows laptop", "set up pgAdmin on my windows laptop"],
    ["python: why is my list comprehension slo", "python: why is my list comprehension slow on 10 million items"],
    ["how do i make chatgpt answer in json eve", "how do i make chatgpt answer in json every time"],
    ["configure prettier to use single quotes", "configure prettier to use single quotes"],
    ["the login button is hidden behind the ke", "the login button is hidden behind the keyboard on android"],
    ["which monitor is better for coding, 27 o", "which monitor is better for coding, 27 or 32 inch"],
    ["add dark mode toggle that remembers the ", "add dark mode toggle that remembers the choice"],
    ["our nginx returns 413 on file uploads bi", "our nginx returns 413 on file uploads bigger than 1MB"],
    ["write a readme section on how to run the", "write a readme section on how to run the project locally"],
    ["the date picker shows the wrong timezone", "the date picker shows the wrong timezone for users in india"],
    ["make the table rows on the admin page cl", "make the table rows on the admin page clickable"],
    ["how to count tokens with tiktoken for gp", "how to count tokens with tiktoken for gpt-4"],
    ["aws lambda cold starts are slow, how to ", "aws lambda cold starts are slow, how to tune memory in the console"],
    ["generate a logo for our api company", "generate a logo for our api company"],
    ["set up renovate to keep our dependencies", "set up renovate to keep our dependencies updated"],
    ["the search input should debounce and sho", "the search input should debounce and show a spinner"],
    ["terraform output with the database url f", "terraform output with the database url for the app"],
    ["button should be disabled while the orde", "button should be disabled while the order is being submitted"],
    ["write a helm chart for the payments serv", "write a helm chart for the payments service with the db password from a secret"],
    ["the modal that edits a user should close", "the modal that edits a user should close after save and refresh the list"],
    ["use the openai api to generate product d", "use the openai api to generate product descriptions in bulk, how to batch requests and count tokens"],
    ["prompt injection: our chatbot prints its", "prompt injection: our chatbot prints its system prompt when asked nicely"],
    ["css animation for a loading skeleton on ", "css animation for a loading skeleton on the orders page"],
    ["github actions: run the database migrati", "github actions: run the database migration step only on the main branch"],
    ["dockerfile for a django app with gunicor", "dockerfile for a django app with gunicorn"],
    ["react: show a toast when the api returns", "react: show a toast when the api returns 409"],
    ["the orders table component should highli", "the orders table component should highlight late orders in red"],
    ["add a search bar with autocomplete to th", "add a search bar with autocomplete to the product list page"],
    ["my docker container can't reach postgres", "my docker container can't reach postgres on localhost"],
    ["write a python script to rename columns ", "write a python script to rename columns in a csv"],
    ["react query: refetch the orders list aft", "react query: refetch the orders list after a mutation"],
    ["set up a read-only postgres user for met", "set up a read-only postgres user for metabase in our terraform"],
    ["the api key input in settings should be ", "the api key input in settings should be masked with a reveal button"],
    ["count how many tokens this system prompt", "count how many tokens this system prompt uses and shrink it"],
    ["what's the difference between a process ", "what's the difference between a process and a thread, for an interview"],
    ["our android app crashes on startup after", "our android app crashes on startup after the last release"],
    ["help me plan the sprint: 3 frontend tick", "help me plan the sprint: 3 frontend tickets, 2 design tickets"],
    ["make a bar chart of monthly signups from", "make a bar chart of monthly signups from this sql result in excel"],
    ["pick a font pairing for our developer do", "pick a font pairing for our developer docs"],
    ["move our CI from circleci to github acti", "move our CI from circleci to github actions and cache node_modules"],
    ["grafana panel showing request latency p9", "grafana panel showing request latency p95 per endpoint"],
    ["the onboarding checklist modal should re", "the onboarding checklist modal should remember which steps were done in local storage"],
    ["summarize this RFC about QUIC in plain e", "summarize this RFC about QUIC in plain english"],
    ["write the commit message for these chang", "write the commit message for these changes to the login page styles"],
    ["how to use the openai function calling w", "how to use the openai function calling with a json schema"],
    ["kubernetes cronjob that runs our db back", "kubernetes cronjob that runs our db backup script every night"],
    ["my laptop is slow since the last update,", "my laptop is slow since the last update, how do I find what's using the CPU"],
    ["what role should a product manager play ", "what role should a product manager play in sprint planning"],
    ["guess the number game in python for my k", "guess the number game in python for my kid"],
    ["how do I subscribe to a youtube channel'", "how do I subscribe to a youtube channel's events calendar"],
    ["I read this book more than once and stil", "I read this book more than once and still don't get the ending"],
    ["the hero stops in the middle of the leve", "the hero stops in the middle of the level in my unity game"],
    ["history of the roman empire in 10 bullet", "history of the roman empire in 10 bullet points"],
    ["send a feature request to the vscode tea", "send a feature request to the vscode team about tabs"],
    ["write an email to my landlord about the ", "write an email to my landlord about the broken heater"],
    ["where should I store my winter tires", "where should I store my winter tires"],
    ["our website has a million visitors a mon", "our website has a million visitors a month, which CDN plan fits"],
    ["coupon banner at the top of the shop pag", "coupon banner at the top of the shop page should be dismissible"],
    ["run two instances of VS Code side by sid", "run two instances of VS Code side by side on mac"],
    ["the react app is slow to render a list o", "the react app is slow to render a list of 10k rows, virtualize it"],
    ["how to reconcile my bank statement in qu", "how to reconcile my bank statement in quickbooks"],
    ["user data tab in the settings page needs", "user data tab in the settings page needs a new icon"],
    ["css grid for the order history table on ", "css grid for the order history table on mobile"],
    ["make the email signup input validate the", "make the email signup input validate the address format as you type"],
    ["docker compose: the postgres container l", "docker compose: the postgres container loses its data on every restart"],
    ["pandas dataframe with a million rows, gr", "pandas dataframe with a million rows, groupby is slow"],
    ["what does the 'only once' modifier do in", "what does the 'only once' modifier do in javascript addEventListener"],
    ["resize images on upload in the browser b", "resize images on upload in the browser before sending them"],
    ["add a 'copy to clipboard' button next to", "add a 'copy to clipboard' button next to the api key in the dashboard"],
    ["ansible playbook to install postgres and", "ansible playbook to install postgres and create the app user"],
    ["translate our error messages for 401 and", "translate our error messages for 401 and 403 pages into french"],
    ["the webhook from github to our jenkins i", "the webhook from github to our jenkins isn't firing"],
    ["how do I undo a git commit that I alread", "how do I undo a git commit that I already pushed"],
    ["show the customer's order history in a p", "show the customer's order history in a paginated table with sorting"],
    ["the vue app shows a blank page after log", "the vue app shows a blank page after login on safari"],
    ["set up sentry in our next.js frontend to", "set up sentry in our next.js frontend to catch errors"],
    ["checkout page: when the card is declined", "checkout page: when the card is declined show a friendly message"],
  ])("%s → stays quiet", (_case, prompt) => {
    expect(route(prompt, vocabulary).activate).toBe(false);
  });

  it("a negative cue lowers the score by its weight and says so", () => {
    const plain = route("Design the orders REST API", vocabulary);
    const mixed = route("Design the orders REST API for the React app", vocabulary);
    expect(mixed.score).toBeLessThan(plain.score);
    expect(mixed.reasons.some((reason) => /^-\d+ react /.test(reason))).toBe(true);
  });

  it("each cue counts once, however often it is repeated", () => {
    const once = route("database", vocabulary);
    const many = route("database ".repeat(50), vocabulary);
    expect(many.score).toBe(once.score);
    expect(many.reasons).toEqual(once.reasons);
  });

  it("the longest phrase wins and its words are not counted again", () => {
    const decision = route("a composite index", vocabulary);
    expect(decision.reasons).toEqual(["+3 composite index (builtin)"]);
  });

  it("a context word makes an ambiguous word count", () => {
    expect(route("rotate the token", vocabulary).score).toBe(0);
    expect(route("rotate the access token after login", vocabulary).score).toBeGreaterThan(0);
  });

  it.each([
    ["migration", "Plan the migration", "Plan the migration of the orders table"],
    ["transaction", "A transaction fee", "A transaction around both inserts"],
    ["encryption", "Encryption in the war", "Encryption of the stored passwords"],
    ["schema", "A schema for the page", "A schema for the users table"],
  ])("a trigger word that needs context (%s) counts less without it and says so", (word, alone, withContext) => {
    const quiet = route(alone, vocabulary);
    const loud = route(withContext, vocabulary);
    expect(quiet.activate).toBe(false);
    expect(quiet.reasons).toContain(`+2 ${word} (trigger, no context)`);
    expect(loud.activate).toBe(true);
    expect(loud.reasons.some((reason) => reason.startsWith(`+3 ${word} (trigger)`))).toBe(true);
  });

  it.each([
    ["GET /events?cursor=abc", true],
    ["`POST /payments` twice", true],
    ["delete /users/:id", true],
    ["PATCH /{id}", true],
    ["delete /tmp/x", false],
    ["put /usr/local/bin on the PATH", false],
    ["get //cdn.example.com", false],
    ["GET / then", false],
    ["the /events path", false],
  ])("an HTTP method before a path is API work: %s → %s", (prompt, expected) => {
    expect(route(prompt, vocabulary).reasons.includes("+3 METHOD /path (builtin)")).toBe(expected);
  });

  it.each([
    ["authetication", "authentication"],
    ["authorizaton", "authorization"],
    ["idempotnet", "idempotent"],
    ["encrpytion", "encryption"],
  ])("one missing, extra or swapped letter in a long cue word still counts: %s → %s", (typo, word) => {
    expect(route(`${typo} please`, vocabulary).reasons.some((reason) => reason.includes(word) && reason.includes(`typo "`))).toBe(true);
  });

  it.each(["throughout", "translation", "callback", "stagger", "formalize", "`authetication`", "openai", "replicate"])(
    "%s is not taken for a typo of a cue word",
    (word) => {
      expect(route(word, vocabulary).reasons.filter((reason) => reason.includes("typo"))).toEqual([]);
    },
  );

  it.each([
    ["slower", "The animation gets slower", "The query gets slower"],
    ["lost", "I lost my keys", "Jobs are lost when the worker restarts"],
    ["audit", "Audit our npm dependencies", "Audit who deleted this row"],
  ])("a symptom word (%s) counts only next to a server-side thing", (word, plain, serverSide) => {
    expect(route(plain, vocabulary).reasons.some((reason) => reason.includes(` ${word} `))).toBe(false);
    expect(route(serverSide, vocabulary).reasons.some((reason) => reason.includes(` ${word} (builtin)`))).toBe(true);
  });

  it("an annotation (one word after @) counts as its word; a hyphenated agent mention does not", () => {
    expect(route("@Transactional on the service method", vocabulary).reasons).toContain("+3 transactional (builtin, @transactional)");
    expect(route("@frontend-architect hi", vocabulary)).toMatchObject({ activate: false, explicit: false, reasons: [] });
  });

  it("a UI or infrastructure artifact halves the positive cues and says which artifact", () => {
    const plain = route("an orders API with JWT auth", vocabulary);
    const artifact = route("a landing page for an orders API with JWT auth", vocabulary);
    expect(plain.activate).toBe(true);
    expect(artifact.activate).toBe(false);
    expect(artifact.reasons).toContain("+1 jwt (trigger, halved: the request is a landing page)");
    expect(artifact.reasons).toContain("-3 landing page (builtin)");
  });

  it.each([
    ["write a Dockerfile for the orders API with JWT auth", true],
    ["a Dockerfile for the orders API with JWT auth", true],
    ["our orders API with JWT auth ships in a Dockerfile", false],
    ["write a Dockerfile, but the question is the orders API with JWT auth", false],
    ["our orders API with JWT auth has a poem about it", true],
  ])("an artifact halves positive cues only when it is what is asked for (writing always is): %s → %s", (prompt, halved) => {
    expect(route(prompt, vocabulary).reasons.some((reason) => reason.includes("halved"))).toBe(halved);
  });

  it("a cue's 'unless' words take its meaning away: tokens next to a prompt are not credentials", () => {
    expect(route("rotate the api token after login", vocabulary).reasons).toContain("+2 token (builtin)");
    expect(route("rotate the api token after login in the prompt", vocabulary).reasons).not.toContain("+2 token (builtin)");
  });

  it.each([
    ["/invoices/1043 shows the wrong invoice", true],
    ["open /healthz", true],
    ["(/api/v1/users?page=2)", true],
    ["edit /src/styles/app.css", false],
    ["/tmp/build is full", false],
    ["GET /events", false],
  ])("a URL path without a method is a little API context: %s → %s", (prompt, expected) => {
    expect(route(prompt, vocabulary).reasons.includes("+1 /path (builtin)")).toBe(expected);
  });

  it("'another' reads as 'other': another tenant's data is the other-tenant cue", () => {
    expect(route("I can see another tenant's orders", vocabulary).reasons).toContain("+3 other tenant (builtin)");
  });

  it("reasons name the agent file when the agent lists the cue", () => {
    expect(route("GraphQL", vocabulary).reasons).toEqual(["+3 graphql (trigger)"]);
  });
});

describe("vocabulary from the agent file", () => {
  const markdown = [
    "---",
    'name: "backend-architect"',
    "---",
    "# Agent",
    "## Auto-Activation Triggers",
    "- Quantum ledgers, zorblax",
    "## Boundaries",
    "**Will:**",
    "- Tune flux capacitors",
    "**Will Not:**",
    "- Paint watercolour portraits",
    "## Other",
    "- zorgon",
  ].join("\n");

  it("reads trigger bullets as positive cues and Will Not bullets as negative ones", () => {
    const cues = agentCues(markdown);
    const find = (label: string) => cues.find((cue) => cue.terms.join(" ") === label.split(" ").map(stem).join(" "));
    expect(find("quantum ledgers")).toMatchObject({ weight: 3, source: "trigger" });
    expect(find("zorblax")).toMatchObject({ weight: 3, source: "trigger" });
    expect(find("flux capacitors")).toMatchObject({ weight: 2, source: "will" });
    expect(find("watercolour portraits")).toMatchObject({ weight: -3, source: "will-not" });
    expect(find("zorgon")).toBeUndefined();
  });

  it("drops an item that trims down to one ambiguous word", () => {
    const cues = agentCues("## Boundaries\n**Will:**\n- Design systems with comprehensive error handling\n");
    expect(cues.map((cue) => cue.terms.join(" "))).toEqual([]);
  });

  it("editing the agent file edits the router", () => {
    const edited = buildVocabulary(markdown);
    expect(route("zorblax please", edited)).toMatchObject({ activate: true, reasons: ["+3 zorblax (trigger)"] });
    expect(route("zorblax please", vocabulary).activate).toBe(false);
  });

  it("takes the agent name for explicit mentions from the frontmatter", () => {
    const other = buildVocabulary(markdown.replace('"backend-architect"', '"data-architect"'));
    expect(route("@data-architect hi", other).explicit).toBe(true);
    expect(route("@backend-architect hi", other).explicit).toBe(false);
  });
});

describe("tokenizer and stemmer", () => {
  it.each([
    ["tokens", "token"], ["caching", "cach"], ["cache", "cach"], ["indexes", "index"], ["indices", "index"],
    ["queues", "queu"], ["queue", "queu"], ["queries", "query"], ["latest", "latest"], ["test", "test"],
    ["sessions", "session"], ["mapping", "map"], ["another", "other"], ["status", "status"], ["authorisation", "authorization"],
    ["normalise", "normaliz"], ["normalize", "normaliz"], ["serialisable", "serializabl"], ["promise", "promis"],
    ["enterprise", "enterpris"], ["exercise", "exercis"],
  ])("stem(%s) = %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("drops URLs and e-mail addresses and splits on punctuation", () => {
    const { stems, mentions } = tokenize("See https://x.io/api and me@x.io: server-side/REST, @Team");
    expect(stems).toEqual(["see", "and", "server", "sid", "rest"]);
    expect(mentions).toEqual([{ name: "team", inCode: false }]);
  });
});

describe("properties", () => {
  it("never throws; activate is explicit or score ≥ threshold; reasons hold every counted weight", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 200 }), (prompt) => {
        const decision = route(prompt, vocabulary);
        expect(decision.activate).toBe(decision.explicit || decision.score >= vocabulary.threshold);
        const weights = decision.reasons.filter((reason) => !reason.startsWith("explicit")).map((reason) => Number.parseInt(reason, 10));
        expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(decision.score);
      }),
      { numRuns: 300 },
    );
  });

  it("wrapping a prompt's mention in a code span never leaves it explicit", () => {
    fc.assert(
      fc.property(fc.constantFrom("@backend-architect", "@agent-backend-architect", "the backend-architect agent"), fc.string({ maxLength: 40 }).filter((s) => !s.includes("`")), (mention, tail) => {
        expect(route(`\`${mention}\` ${tail.replace(/@|backend/gi, "")}`, vocabulary).explicit).toBe(false);
      }),
    );
  });
});
