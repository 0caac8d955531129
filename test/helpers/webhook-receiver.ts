import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  headers: IncomingHttpHeaders;
  body: string;
  json: { type: string; timestamp: string; data: any };
}

/** A real HTTP receiver on 127.0.0.1: records every request and answers with `answer`'s status. */
export async function startReceiver(answer: (request: ReceivedEvent, index: number) => number = () => 200) {
  const received: ReceivedEvent[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const event = { headers: request.headers, body, json: JSON.parse(body) };
      received.push(event);
      response.writeHead(answer(event, received.length - 1)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Standard Webhooks signature, computed here from the spec (not by jifen's code). */
export function expectedSignature(secret: string, event: ReceivedEvent): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = `${event.headers['webhook-id']}.${event.headers['webhook-timestamp']}.${event.body}`;
  return `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
}
