import ipaddr from 'ipaddr.js';

/**
 * The part of a client address that one party controls: an IPv4 address, or the /64 an IPv6
 * address belongs to (a single home or server is usually handed a whole /64, so counting full
 * IPv6 addresses would let one client write under 2^64 names).
 */
export function addressGroup(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}
