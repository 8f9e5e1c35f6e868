import ipaddr from 'ipaddr.js';

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'reserved';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/** ipaddr.js range names, as the kinds a refusal names. Anything but `unicast` is refused. */
const KIND_OF_RANGE: Record<string, AddressKind> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  carrierGradeNat: 'private',
  uniqueLocal: 'private',
  linkLocal: 'link-local',
  unspecified: 'unspecified',
};

/** IPv6 ranges ipaddr.js calls unicast but that are not global unicast for a webhook. */
const NOT_GLOBAL_V6: [IPv6, number][] = [
  ipaddr.parseCIDR('fec0::/10') as [IPv6, number], // site-local (deprecated, still routed internally)
  ipaddr.parseCIDR('64:ff9b:1::/48') as [IPv6, number], // local-use NAT64 (RFC 8215): reaches an internal IPv4
];
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3') as [IPv6, number];

/**
 * What kind of address this is (SSRF guard for webhooks); throws for something that is not an
 * IP address. Only global unicast is `public`. IPv6 forms that carry an IPv4 address are judged
 * by that address: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), IPv4-translated
 * (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16). Teredo (2001::/32) hides its
 * IPv4 address and is refused outright, as are local-use NAT64 and site-local addresses.
 */
export function classifyAddress(address: string): AddressKind {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) throw new Error(`not an IP address: ${address}`);
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv4') return kindOf((parsed as IPv4).range());
  const v6 = parsed as IPv6;
  const embedded = embeddedIpv4(v6);
  if (embedded) return kindOf(embedded.range());
  if (NOT_GLOBAL_V6.some((range) => v6.match(range))) return 'reserved';
  const kind = kindOf(v6.range());
  if (kind === 'public' && !v6.match(GLOBAL_UNICAST_V6)) return 'reserved';
  return kind;
}

export const isPublicAddress = (address: string): boolean => classifyAddress(address) === 'public';

function kindOf(range: string): AddressKind {
  return KIND_OF_RANGE[range] ?? 'reserved';
}

/** The IPv4 address an IPv6 address stands for, when it is one of the forms that embed one. */
function embeddedIpv4(address: IPv6): IPv4 | undefined {
  const p = address.parts;
  const v4 = (high: number, low: number) => ipaddr.IPv4.parse([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  const zeros = (from: number, to: number) => p.slice(from, to).every((part) => part === 0);
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  if (zeros(0, 6) && (p[6] !== 0 || p[7] > 1)) return v4(p[6], p[7]); // IPv4-compatible (not :: or ::1)
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) return v4(p[6], p[7]); // IPv4-translated (RFC 6145)
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) return v4(p[6], p[7]); // NAT64 well-known prefix
  if (p[0] === 0x2002) return v4(p[1], p[2]); // 6to4
  return undefined;
}

/** Problems with a webhook URL's form (scheme, credentials); the host's addresses are checked separately. */
export function webhookUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url must use http or https';
  if (url.username || url.password) return 'url must not contain credentials; receivers verify the signature instead';
  if (!url.hostname) return 'url must name a host';
  return undefined;
}
