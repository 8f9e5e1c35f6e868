import { classifyAddress, isPublicAddress, webhookUrlProblem } from '../../../src/webhooks/address-policy';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['ff02::1', 'reserved'],
  ])('classifies %s as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    '93.184.216.34',
    '1.1.1.1',
    '172.32.0.1',
    '172.15.255.255',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '8.8.8.8',
  ])('treats %s as public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('sees through IPv4-mapped, NAT64 and 6to4 forms of private addresses', () => {
    expect(classifyAddress('::ffff:127.0.0.1')).toBe('loopback');
    expect(classifyAddress('::ffff:7f00:1')).toBe('loopback');
    expect(classifyAddress('::ffff:10.0.0.1')).toBe('private');
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toBe('link-local');
    expect(classifyAddress('64:ff9b::192.168.0.1')).toBe('private');
    expect(classifyAddress('2002:0a00:0001::1')).toBe('private');
    expect(classifyAddress('::ffff:8.8.8.8')).toBe('public');
    expect(classifyAddress('2002:0808:0808::1')).toBe('public');
  });

  it('refuses to classify something that is not an address', () => {
    expect(() => classifyAddress('localhost')).toThrow('not an IP address');
  });
});

describe('webhookUrlProblem', () => {
  it('accepts http and https URLs', () => {
    expect(webhookUrlProblem('https://hooks.example.org/agenda?x=1')).toBeUndefined();
    expect(webhookUrlProblem('http://127.0.0.1:8080/')).toBeUndefined();
  });

  it.each([
    ['ftp://example.org/', 'url must use http or https'],
    ['file:///etc/passwd', 'url must use http or https'],
    ['javascript:alert(1)', 'url must use http or https'],
    ['/relative/path', 'url must be an absolute http(s) URL'],
    ['https://user:pw@example.org/', 'url must not contain credentials; receivers verify the signature instead'],
  ])('refuses %s', (url, problem) => {
    expect(webhookUrlProblem(url)).toBe(problem);
  });
});

describe('classifyAddress: IPv4-embedding and other non-global IPv6 forms (issue 17)', () => {
  it.each([
    ['::127.0.0.1', 'loopback'], // IPv4-compatible
    ['[::127.0.0.1]', 'loopback'],
    ['::10.0.0.1', 'private'],
    ['::ffff:0:127.0.0.1', 'loopback'], // IPv4-translated
    ['64:ff9b::7f00:1', 'loopback'], // NAT64 well-known prefix
    ['64:ff9b::10.1.2.3', 'private'],
    ['64:ff9b:1::a00:1', 'reserved'], // local-use NAT64
    ['64:ff9b:1:2:3::8.8.8.8', 'reserved'],
    ['2001::1', 'reserved'], // Teredo
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
    ['2002:7f00:1::1', 'loopback'], // 6to4 of 127.0.0.1
    ['2002:c0a8:101::1', 'private'], // 6to4 of 192.168.1.1
    ['fec0::1', 'reserved'], // site-local
    ['feff::1', 'reserved'],
    ['4000::1', 'reserved'], // outside 2000::/3, not allocated
    ['100.64.1.1', 'private'],
    ['192.88.99.1', 'reserved'], // 6to4 relay anycast
    ['198.19.0.1', 'reserved'],
  ])('classifies %s as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['64:ff9b::808:808', '2002:808:808::1', '2a00:1450:4001:800::200e', '::ffff:1.1.1.1'])(
    'accepts %s, a global unicast address',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});
