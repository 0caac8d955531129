import { isIP } from 'node:net';

/**
 * Where events may be sent. Deployed: `https` only, and never to a private,
 * loopback, link-local or metadata address (the function runs inside the
 * operator's account). Local (`npm start`): also `http` to this machine.
 */
export type UrlPolicy = 'deployed' | 'local';

export const MAX_URL_LENGTH = 2_048;

/** IPv4 ranges no event may be sent to from AWS: [first address, prefix length]. */
const FORBIDDEN_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, and the instance metadata service 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
];

function v4Number(address: string): number {
  return address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

function inV4Range(address: string, [first, bits]: [string, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(v4Number(address) / size) === Math.floor(v4Number(first) / size);
}

function isLoopback(address: string): boolean {
  if (isIP(address) === 4) return inV4Range(address, ['127.0.0.0', 8]);
  return expandV6(address) === expandV6('::1');
}

/** The eight 16-bit groups of an IPv6 address, as 4-digit hex, with an embedded IPv4 tail converted. */
function expandV6(address: string): string {
  let text = address
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const n = v4Number(v4Tail[1]!);
    text = `${text.slice(0, -v4Tail[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups]
    .map((group) => group.padStart(4, '0'))
    .join(':');
}

function forbiddenV6(address: string): boolean {
  const groups = expandV6(address);
  const first = Number.parseInt(groups.slice(0, 4), 16);
  if (groups === expandV6('::') || groups === expandV6('::1')) return true;
  if ((first & 0xfe00) === 0xfc00) return true; // unique local fc00::/7, which holds the metadata service fd00:ec2::254
  if ((first & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((first & 0xff00) === 0xff00) return true; // multicast
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses reach the IPv4 address they carry.
  if (groups.startsWith('0000:0000:0000:0000:0000:ffff:') || groups.startsWith('0064:ff9b:0000:0000:0000:0000:')) {
    const [high, low] = groups
      .split(':')
      .slice(6)
      .map((group) => Number.parseInt(group, 16)) as [number, number];
    return forbiddenAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'deployed');
  }
  return false;
}

/** Whether an event may not be sent to this IP address under `policy` (checked again after every DNS resolution). */
export function forbiddenAddress(address: string, policy: UrlPolicy): boolean {
  if (policy === 'local' && isLoopback(address)) return false;
  const family = isIP(address.replace(/^\[|\]$/g, ''));
  if (family === 4) return FORBIDDEN_V4.some((range) => inV4Range(address, range));
  if (family === 6) return forbiddenV6(address);
  return true;
}

function isLocalName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

/** Why `url` may not receive events under `policy`, or null when it may. */
export function urlRefusal(url: string, policy: UrlPolicy): string | null {
  if (url.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  const host = parsed.hostname.toLowerCase();
  const literal = host.replace(/^\[|\]$/g, '');
  const loopback = isLocalName(host) || (isIP(literal) !== 0 && isLoopback(literal));
  const localLoopback = policy === 'local' && loopback;
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && localLoopback)) {
    return policy === 'local' ? 'must be https (or http to 127.0.0.1 or localhost)' : 'must be https';
  }
  if (localLoopback) return null;
  if (isLocalName(host) || host.endsWith('.internal')) return 'must not name this machine or an internal host';
  if (isIP(literal) !== 0 && forbiddenAddress(literal, policy))
    return 'must not be a private, loopback, link-local or metadata address';
  return null;
}
