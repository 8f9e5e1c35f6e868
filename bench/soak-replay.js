// The soak's baseline server, run as its own process like the app (node bench/soak-replay.js):
// bare node:http answering each request class with the status, headers and bytes the app gave for
// one request of that class. It receives { classes: [{ pattern, status, headers, body (base64) }] }
// over IPC, listens on a free loopback port and answers { origin }.
const { createServer } = require('node:http');

process.once('message', ({ classes }) => {
  const answers = classes.map((entry) => ({
    pattern: new RegExp(entry.pattern),
    status: entry.status,
    headers: { ...entry.headers, 'content-length': String(Buffer.from(entry.body, 'base64').length) },
    body: Buffer.from(entry.body, 'base64'),
  }));
  const server = createServer((request, response) => {
    const line = `${request.method} ${request.url}`;
    const answer = answers.find((entry) => entry.pattern.test(line));
    request.resume();
    if (!answer) return response.writeHead(404).end();
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  });
  server.listen(0, '127.0.0.1', () => process.send({ origin: `http://127.0.0.1:${server.address().port}` }));
});
