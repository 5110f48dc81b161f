#!/usr/bin/env python3
"""Writes the seed inputs of each fuzz target into fuzz/corpus/TARGET/seed-*: the sample bodies in
tests/data/fixtures (behind the selector byte of the parser they are for) and the cases the unit
tests use. bench/fuzz.sh adds what the fuzzers find (merged, so the corpus stays minimal)."""
import json, os, pathlib

root = pathlib.Path(__file__).resolve().parent
fixtures = root.parent / 'tests' / 'data' / 'fixtures'

def write(target, name, data):
    folder = root / 'corpus' / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f'seed-{name}').write_bytes(data)

def fixture(name):
    return (fixtures / name).read_bytes()

records = {
    0: ['token_response.json'], 1: ['client_info.json'],
    2: ['tenant_partner.json', 'tenant_customer.json'], 4: ['user.json'],
    5: ['applications.json', 'tenant_applications.json'],
    6: ['offering_items_available_for_child_partner.json', 'offering_items_customer.json'],
    7: ['infra_list_for_tenant.json'], 8: ['tenant_pricing.json'],
    9: ['error_400_delete_enabled_tenant.json', 'error_404.json', 'error_409_version_mismatch.json',
        'token_error_invalid_client.json'],
}
for selector, names in records.items():
    for name in names:
        write('records', f'{selector}-{name}', bytes([selector]) + fixture(name))
for i, item in enumerate(json.loads(fixture('tenants_batch_by_parent.json'))['items'][:3]):
    write('records', f'3-tenant-in-list-{i}', bytes([3]) + json.dumps(item).encode())
write('records', '9-proxy-html', b'\x09<!DOCTYPE html><html><body>502 Bad Gateway</body></html>')

write('usage', 'batch', b'\x00' + fixture('tenants_usages_batch.json'))
report_rows = [{'tenant': {'id': 't1', 'kind': 'partner'}, 'application': {'id': 'app'},
                'name': 'storage', 'edition': 'standard',
                'infra': {'id': 'i1', 'owner_id': 'o', 'backend_type': 'azure'},
                'usage': {'effective': {'total': 1073741824, 'production': 1073741824, 'trial': 0}}}]
write('usage', 'report-json', b'\x01' + json.dumps({'items': report_rows}).encode())
write('usage', 'report-csv', b'\x02' + (
    'tenant.id,tenant.kind,application.id,name,edition,infra.id,infra.owner_id,'
    'infra.backend_type,usage.absolute.total,usage.delta.total,usage.effective.total,'
    'usage.effective.production,usage.effective.trial\r\n'
    't1,partner,app,storage,standard,i1,o,azure,5,5,1073741824,1073741824,0\r\n'
    't1,partner,app,"workstations, ""pro""",,,,,3,3,3,3,0\r\n').encode())

write('json', 'tenant', b'\x00' + fixture('tenant_partner.json'))
write('json', 'nested', b'\x00{"a":{"b":{"c":{"d":1}}},"n":null,"s":"x","i":12345678901234,"t":true}')
write('json', 'string-escapes', b'\x01quote " backslash \\ tab \t nl \n \x01 \xc3\xa4 \xf0\x9f\x98\x80')

for i, (locale, text) in enumerate([(0, '1234.5'), (0, '-0.25'), (0, '+7'), (1, '1,234.56'),
                                     (2, '1.234,56'), (2, '0,045'), (3, '12.345,6789'),
                                     (4, '1\u202f234,5'), (5, "1\u2019234.50"), (6, '12,34,567.8'),
                                     (7, '\u0661\u0662\u066b\u0665'), (8, '0.123456789')]):
    write('decimal', f'{i}', bytes([locale]) + text.encode())

for i, fields in enumerate([
        ['https://eu2-cloud.acronis.com', 'Acronis EU', '7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56',
         'secret', '18', 'EUR', 'update'],
        ['http://127.0.0.1:8080/', 'Test', 'id', 's', '0,5', 'usd', 'keep'],
        ['eu2-cloud.acronis.com/path?x=1#f', ' name ', '', '', '100.01', 'XXX', 'other'],
        ['https://[::1]:443', 'Ελλάδα', 'x', 'y', '-1', 'GBP', 'update']]):
    write('instance', f'{i}', '\0'.join(fields).encode())

write('csv', 'report', b'\x01' + (root / 'corpus' / 'usage' / 'seed-report-csv').read_bytes()[1:])
write('csv', 'quotes', b'\x00a,"b ""c""",d\r\n"multi\nline",,=1+2\n\n-3,@x,\ttab\r\n')
write('csv', 'bom', b'\x00\xef\xbb\xbfh1,h2\r\nv1,v2\r\n')
