#!/usr/bin/python3
"""Shows that check_exchanges.py can fail: exchanges as the client sends them pass, and the same
exchanges with a body field removed, a required query parameter dropped, an unknown parameter
added, a body sent where none is allowed or an answer missing a required field each fail, naming
the operation, the field and the rule."""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, 'check_exchanges.py')

DISTRIBUTOR = '8c4e2b7a-1d3f-4a6b-9e5c-7f0a2d4c6b12'
REPORT = '479040dc-0000-4000-8000-000000000001'

CREATE_REPORT = {
    'recipients': [],
    'result_action': 'save',
    'parameters': {'kind': 'usage_summary', 'tenant_id': DISTRIBUTOR, 'level': 'direct_partners',
                   'period': {'start': '2026-10-01', 'end': '2026-10-31'},
                   'formats': ['csv_v2_0'], 'hide_zero_usage': True, 'show_skus': True},
    'schedule': {'type': 'once'},
}
CREATED = {'id': REPORT, 'version': 1717000000001, 'result_action': 'save', 'recipients': [],
           'parameters': dict(CREATE_REPORT['parameters']), 'schedule': {'type': 'once', 'enabled': True},
           'generation_date': '2026-11-02'}


def exchange(method, target, body=None, status=200, answer=None, content_type='application/json'):
    return {'test': 'selftest', 'method': method, 'target': target,
            'headers': {'content-type': 'application/json'} if body is not None else {},
            'requestBody': json.dumps(body) if body is not None else '',
            'status': status, 'responseContentType': content_type,
            'responseBody': json.dumps(answer) if answer is not None else '', 'injected': False}


PRICE_LISTS = '/api/price_sync/v1/effective_price_lists?tenant_id=%s&months=2026-11' % DISTRIBUTOR
SKU = {'sku': 'SKU-WS-1', 'effective_price': '8.20', 'list_price': '10.00', 'sku_discount': '0',
       'pricelist_discount': '18', 'category': 'Cyber Protect', 'sub_category': 'Per workload',
       'name': 'Workstation', 'friendly_name': 'Workstations'}
PRICE_LIST = {'price_lists': [{'month': '2026-11', 'currency': 'EUR', 'commitment': '5000',
                               'pricelist_code': 'DIST-EU', 'prices': [SKU]}]}
ACCESS_DENIED = {'code': 'ACCESS_DENIED_ERROR', 'domain': 'ACCESS',
                 'context': {'scope': 'urn:acronis.com::service_plans_manager::price_list_reader'}}

GOOD = [
    exchange('GET', PRICE_LISTS, status=200, answer=PRICE_LIST),
    exchange('GET', PRICE_LISTS, status=403, answer=ACCESS_DENIED),
    exchange('POST', '/api/2/reports', CREATE_REPORT, 200, CREATED),
    exchange('DELETE', '/api/2/reports/%s?version=1717000000001' % REPORT, status=204, content_type=''),
    exchange('GET', '/api/2/tenants?parent_id=%s&limit=1000' % DISTRIBUTOR, status=200,
             answer={'timestamp': '2026-11-24T10:00:00', 'items': []}),
    exchange('POST', '/api/2/users/fb00afe1-c8c5-43c6-9ca5-76ea33091715/send-activation-email',
             status=204, content_type=''),
]


def without(mapping, key):
    copy = json.loads(json.dumps(mapping))
    copy.pop(key)
    return copy


# (what is broken, the exchange, words the failure must name)
BROKEN = [
    ('a body field removed',
     exchange('POST', '/api/2/reports', without(CREATE_REPORT, 'recipients'), 200, CREATED),
     ['CreateReport', 'recipients', 'rule: required']),
    ('a field the document does not allow',
     exchange('POST', '/api/2/reports', dict(CREATE_REPORT, format='csv'), 200, CREATED),
     ['CreateReport', 'format', 'rule: additionalProperties']),
    ('a required query parameter dropped',
     exchange('DELETE', '/api/2/reports/%s' % REPORT, status=204, content_type=''),
     ['DeleteReport', 'version', 'rule: required']),
    ('a query parameter the document does not have',
     exchange('GET', '/api/2/tenants?parent_id=%s&page=2' % DISTRIBUTOR, status=200,
              answer={'timestamp': '2026-11-24T10:00:00', 'items': []}),
     ['FetchTenantsBatch', 'page', 'documented parameters only']),
    ('a cursor sent with the filters it encodes',
     exchange('GET', '/api/2/tenants?parent_id=%s&after=abc' % DISTRIBUTOR, status=200,
              answer={'timestamp': '2026-11-24T10:00:00', 'items': []}),
     ['FetchTenantsBatch', 'after', 'the cursor alone']),
    ('a body where the operation takes none',
     exchange('POST', '/api/2/users/fb00afe1-c8c5-43c6-9ca5-76ea33091715/send-activation-email',
              {}, 204, content_type=''),
     ['SendActivationEmail', 'no body']),
    ('a path the document does not have',
     exchange('GET', '/api/2/tenants/%s/infra' % DISTRIBUTOR, status=404, answer={}),
     ['no such operation']),
    ('an answer without a required field',
     exchange('POST', '/api/2/reports', CREATE_REPORT, 200, without(CREATED, 'version')),
     ['CreateReport', 'answer', 'version', 'rule: required']),
    ('a price given as a number, not the string the Pricelist document says',
     exchange('GET', PRICE_LISTS, status=200,
              answer={'price_lists': [dict(PRICE_LIST['price_lists'][0],
                                           prices=[dict(SKU, list_price=10.0)])]}),
     ["Fetch tenant's price lists", 'list_price', 'rule: type']),
    ('a Pricelist refusal in the Account Management envelope, not its flat error object',
     exchange('GET', PRICE_LISTS, status=403,
              answer={'error': {'code': 403, 'message': 'Forbidden', 'domain': 'ACCESS',
                                'details': {}}}),
     ["Fetch tenant's price lists", 'answer', 'rule: required']),
    ('a price list asked for without its months',
     exchange('GET', PRICE_LISTS.split('&')[0], status=200, answer=PRICE_LIST),
     ["Fetch tenant's price lists", 'months', 'rule: required']),
    ('a path parameter that is not a UUID',
     exchange('DELETE', '/api/2/reports/report-1?version=1', status=204, content_type=''),
     ['DeleteReport', 'report_id', 'rule: pattern']),
]


def run(exchanges):
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, 'selftest.jsonl'), 'w', encoding='utf-8') as f:
            for one in exchanges:
                f.write(json.dumps(one) + '\n')
        done = subprocess.run([sys.executable, CHECK, folder], capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr


def main():
    failures = 0
    code, output = run(GOOD)
    if code != 0:
        print('FAIL the good exchanges were refused:\n' + output)
        failures += 1
    for what, broken, words in BROKEN:
        code, output = run([broken])
        missing = [w for w in words if w not in output]
        if code == 0 or missing:
            print('FAIL %s passed the check or was not named (missing %s):\n%s'
                  % (what, missing, output))
            failures += 1
        else:
            print('ok: %s fails: %s' % (what, output.splitlines()[0]))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
