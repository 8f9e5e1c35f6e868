import { FastifyInstance } from 'fastify';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Graceful shutdown, the HTTP side:
 * - The listening socket closes the moment the signal arrives. Nest closes the HTTP server only
 *   after every onModuleDestroy and beforeApplicationShutdown hook has finished (webhook
 *   deliveries, buffered statistics), and would accept new requests all that time. Registered
 *   before enableShutdownHooks, this listener runs before Nest's; fastify's own close later
 *   still waits for the connections in flight to drain.
 * - Answers sent while closing say `Connection: close`. Fastify closes idle keep-alive
 *   connections once, when it starts closing; one whose request was still running becomes idle
 *   later and would hold the process for up to keepAliveTimeout (72 s, measured).
 */
export function closeConnectionsOnShutdown(instance: FastifyInstance): void {
  let closing = false;
  const stopAccepting = () => {
    closing = true;
    if (instance.server.listening) instance.server.close();
  };
  for (const signal of SIGNALS) process.once(signal, stopAccepting);
  instance.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  instance.addHook('onClose', (_instance, done) => {
    for (const signal of SIGNALS) process.removeListener(signal, stopAccepting);
    done();
  });
  instance.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('Connection', 'close');
  });
}
