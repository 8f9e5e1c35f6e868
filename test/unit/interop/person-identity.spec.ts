import { exportedPersonIdentity, externalIdParts, personExternalId } from '../../../src/interop/person-identity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('person identity across files', () => {
  it('keeps every identifier a file gives, strongest first', () => {
    expect(personExternalId({ id: 4744, name: 'A' })).toBe('id:4744');
    expect(personExternalId({ guid: 'ABCDEF01-0000-4000-8000-000000000001', id: '7', code: 'XY12AB', name: 'A' })).toBe(
      'guid:abcdef01-0000-4000-8000-000000000001|id:7|code:XY12AB',
    );
    expect(personExternalId({ name: 'Anna' })).toBe('name:Anna');
    expect(externalIdParts('guid:g|id:7')).toEqual(['guid:g', 'id:7']);
  });

  it('exports the source id and a guid derived from it, and the same again after a re-import', () => {
    const first = exportedPersonIdentity('id:4744', 'b2c0f6a2-0000-4000-8000-000000000009');
    expect(first.id).toBe(4744);
    expect(first.guid).toMatch(UUID);
    const reimported = personExternalId({ guid: first.guid, id: first.id, name: 'A' });
    expect(exportedPersonIdentity(reimported, 'another-uuid-of-another-instance')).toEqual(first);
  });

  it('exports a speaker made here with its own id as guid, stable after a re-import elsewhere', () => {
    const uuid = 'b2c0f6a2-0000-4000-8000-000000000009';
    const first = exportedPersonIdentity(null, uuid);
    expect(first.guid).toBe(uuid);
    expect(first.id).toBeGreaterThan(0);
    const reimported = personExternalId({ guid: first.guid, id: first.id, name: 'A' });
    expect(exportedPersonIdentity(reimported, 'c0ffee00-0000-4000-8000-000000000001')).toEqual(first);
  });

  it('gives pretalx persons known by code alone a stable guid', () => {
    const a = exportedPersonIdentity('code:XY12AB', 'b2c0f6a2-0000-4000-8000-000000000009');
    const b = exportedPersonIdentity('code:XY12AB', 'c0ffee00-0000-4000-8000-000000000001');
    expect(a).toEqual(b);
    expect(a.guid).toMatch(UUID);
  });
});
