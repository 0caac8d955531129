import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { forbiddenAddress, urlRefusal, type UrlPolicy } from '../domain/webhook-url.js';
import { DELIVERY_TIMEOUT_MS } from '../domain/webhooks.js';
import type { EventPoster } from '../ports/delivery-queue.js';

/**
 * Resolves a host and refuses it when any address it resolves to is forbidden:
 * the check is made on the address the connection is made to, after DNS, so a
 * public name that resolves to a private address is refused too.
 */
function checkedLookup(policy: UrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((entry) => forbiddenAddress(entry.address, policy));
      if (refused)
        return callback(
          Object.assign(new Error(`${hostname} resolves to ${refused.address}, which may not receive events`), {
            code: 'EADDRREFUSED',
          }),
          '',
          0,
        );
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** POSTs an event with node's own HTTP client: the answer's status, or null on refusal, network error or no answer within 10 s. */
export function httpEventPoster(policy: UrlPolicy, timeoutMs = DELIVERY_TIMEOUT_MS): EventPoster {
  return {
    post: (url, headers, body) =>
      new Promise((resolve) => {
        if (urlRefusal(url, policy) !== null) return resolve(null);
        const target = new URL(url);
        const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
        const request = send(
          target,
          {
            method: 'POST',
            headers: { ...headers, 'content-length': Buffer.byteLength(body) },
            lookup: checkedLookup(policy),
            timeout: timeoutMs,
          },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? null));
            response.on('error', () => resolve(null));
          },
        );
        // A slow receiver is a failed attempt: the whole exchange has 10 s, not each idle gap.
        const deadline = setTimeout(
          () => request.destroy(new Error('no answer within the delivery timeout')),
          timeoutMs,
        );
        request.on('close', () => clearTimeout(deadline));
        request.on('timeout', () => request.destroy(new Error('no answer within the delivery timeout')));
        request.on('error', () => resolve(null));
        request.end(body);
      }),
  };
}
