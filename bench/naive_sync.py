#!/usr/bin/python3
"""The naive client the whole-process ratios compare against: the requests of a first Get Services
Definition (as Acronis' document has them) made one after the other, each on a new connection,
with every answer parsed; nothing is written anywhere.

Usage: naive_sync.py GATEWAY_URL CLIENT_ID   (the client secret on standard input)
"""

import base64
import http.client
import json
import sys
import urllib.parse


def request(gateway, method, path, headers, body=None):
    url = urllib.parse.urlsplit(gateway)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    connection.request(method, path, body=body, headers=headers)
    answer = connection.getresponse()
    data = answer.read()
    connection.close()
    if answer.status != 200:
        raise SystemExit('%s %s: HTTP %d' % (method, path, answer.status))
    return json.loads(data)


def main():
    gateway, client_id = sys.argv[1], sys.argv[2]
    secret = sys.stdin.read()
    basic = base64.b64encode(('%s:%s' % (client_id, secret)).encode()).decode()
    token = request(gateway, 'POST', '/api/2/idp/token',
                    {'Authorization': 'Basic ' + basic,
                     'Content-Type': 'application/x-www-form-urlencoded'},
                    'grant_type=client_credentials')['access_token']
    bearer = {'Authorization': 'Bearer ' + token, 'Accept': 'application/json'}
    tenant = request(gateway, 'GET', '/api/2/clients/' + client_id, bearer)['tenant_id']
    applications = request(gateway, 'GET', '/api/2/applications', bearer)['items']
    items = request(gateway, 'GET', '/api/2/tenants/%s/offering_items/available_for_child'
                    '?kind=partner&edition=%%2A' % tenant, bearer)['items']
    infra_ids = sorted({item['infra_id'] for item in items if 'infra_id' in item})
    infras = request(gateway, 'GET', '/api/2/infra?uuids=' + ','.join(infra_ids), bearer)['items']
    prices = request(gateway, 'GET', '/api/2/tenants/%s/offering_items/pricing' % tenant,
                     bearer)['items']
    currency = request(gateway, 'GET', '/api/2/tenants/%s/pricing' % tenant, bearer)['currency']
    print(len(applications), len(items), len(infras), len(prices), currency)


if __name__ == '__main__':
    main()
