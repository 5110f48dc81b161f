#!/usr/bin/python3
"""Validates every request the tests sent to the fake Acronis gateway, and every answer it gave,
against Acronis' official OpenAPI document (tests/data/acronis-openapi/operations.json) with the
readings beside it (readings.json), using Debian's python3-jsonschema (draft 4).

The fake writes one JSON line per exchange into the folder named by $CSP_CONTRACT_LOG; CTest runs
this script once every test that talks to the fake has finished. Each problem is printed naming
the test program, the operation, the field and the rule; any problem fails the run.

Usage: check_exchanges.py LOG_DIR [--operations FILE] [--readings FILE] [--require N]
"""

import argparse
import copy
import glob
import json
import os
import re
import sys
import urllib.parse

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data', 'acronis-openapi')


def widen_nullable(schema):
    """OpenAPI 3.0's `nullable: true` as draft 4 says it: null is allowed too."""
    if isinstance(schema, list):
        return [widen_nullable(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: widen_nullable(v) for k, v in schema.items() if k != 'nullable'}
    if schema.get('nullable') is True:
        if 'type' in out:
            types = out['type'] if isinstance(out['type'], list) else [out['type']]
            out['type'] = types + ['null']
            if 'enum' in out:
                out['enum'] = out['enum'] + [None]
        else:
            out = {'anyOf': [{'type': 'null'}, out]}
    return out


def pointer_parts(pointer):
    return [p.replace('~1', '/').replace('~0', '~') for p in pointer.split('/')[1:]]


def apply_readings(operations, readings, error_envelope):
    by_id = {o['operationId']: o for o in operations}
    for reading in readings:
        operation = by_id.get(reading['operationId'])
        if operation is None:
            raise SystemExit('readings.json names an unknown operation: %s' % reading['operationId'])
        parts = pointer_parts(reading['pointer'])
        target = operation
        for part in parts[:-1]:
            target = target[part]
        value = copy.deepcopy(reading['value'])

        def substitute(v):
            if isinstance(v, dict):
                if v == {'$ref': 'errorEnvelope'}:
                    return copy.deepcopy(error_envelope)
                return {k: substitute(x) for k, x in v.items()}
            if isinstance(v, list):
                return [substitute(x) for x in v]
            return v

        target[parts[-1]] = substitute(value)


def inline_refs(value, document):
    """value with every {"$ref": "#/components/schemas/NAME"} replaced by that schema."""
    if isinstance(value, list):
        return [inline_refs(item, document) for item in value]
    if not isinstance(value, dict):
        return value
    if '$ref' in value:
        name = value['$ref'].split('/')[-1]
        return inline_refs(document['components']['schemas'][name], document)
    return {key: inline_refs(item, document) for key, item in value.items()}


def with_pricelist_answers(operation, document):
    """The Pricelist API's answers as its own document gives them: operations.json keeps only a
    description of its flat error objects, pricelist-v1.json their schemas."""
    responses = document['paths'][operation['path']][operation['method'].lower()]['responses']
    operation = dict(operation)
    operation['responses'] = {
        status: {kind: inline_refs(body['schema'], document)
                 for kind, body in answer.get('content', {}).items()}
        for status, answer in responses.items()}
    return operation


class Contract:
    def __init__(self, operations_path, readings_path, pricelist_path=None):
        with open(operations_path, encoding='utf-8') as f:
            document = json.load(f)
        with open(readings_path, encoding='utf-8') as f:
            readings = json.load(f)['readings']
        pricelist_path = pricelist_path or os.path.join(os.path.dirname(operations_path),
                                                        'pricelist-v1.json')
        with open(pricelist_path, encoding='utf-8') as f:
            pricelist = json.load(f)
        self.operations = [with_pricelist_answers(operation, pricelist)
                           if operation['basePath'].endswith('/api/price_sync/v1') else operation
                           for operation in document['operations']]
        apply_readings(self.operations, readings, document['errorEnvelope'])
        self.routes = []
        for operation in self.operations:
            # basePath is "{datacenter}/api/2": relative to the gateway's URL.
            full = operation['basePath'].replace('{datacenter}', '') + operation['path']
            pattern = ''
            literal = 0
            for segment in full.split('/')[1:]:
                if segment.startswith('{') and segment.endswith('}'):
                    pattern += '/(?P<%s>[^/]+)' % segment[1:-1]
                else:
                    pattern += '/' + re.escape(segment)
                    literal += 1
            self.routes.append((re.compile('^' + pattern + '$'), literal, operation))

    def match(self, method, path):
        best = None
        for regex, literal, operation in self.routes:
            if operation['method'] != method:
                continue
            found = regex.match(path)
            if found and (best is None or literal > best[1]):
                best = (found, literal, operation)
        return (best[2], best[0].groupdict()) if best else (None, None)


def schema_problems(schema, value, where, whole='(the whole body)'):
    validator = jsonschema.Draft4Validator(widen_nullable(schema))
    problems = []
    for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
        best = jsonschema.exceptions.best_match([error])
        field = ''.join('[%d]' % p if isinstance(p, int) else '.' + str(p)
                        for p in best.absolute_path).lstrip('.') or whole
        problems.append('%s: %s: %s (rule: %s)' % (where, field, best.message[:300], best.validator))
    return problems


def parameter_value(schema, text):
    """A query or path parameter's text as the JSON value its schema types."""
    kind = schema.get('type')
    if kind == 'integer':
        return int(text) if re.fullmatch(r'-?\d+', text) else text
    if kind == 'boolean':
        return {'true': True, 'false': False}.get(text, text)
    if kind == 'number':
        try:
            return float(text)
        except ValueError:
            return text
    return text


def check_request(operation, path_values, exchange):
    problems = []
    parsed = urllib.parse.urlsplit(exchange['target'])
    query = urllib.parse.parse_qsl(parsed.query, keep_blank_values=True)
    names = [name for name, _ in query]
    parameters = {p['name']: p for p in operation.get('parameters', [])}
    for name in sorted(set(n for n in names if names.count(n) > 1)):
        problems.append('request: query parameter %s: given more than once (rule: unique)' % name)
    for name, text in query:
        parameter = parameters.get(name)
        if parameter is None or parameter['in'] != 'query':
            problems.append('request: query parameter %s: the document has no such parameter '
                            '(rule: documented parameters only)' % name)
            continue
        problems += schema_problems(parameter.get('schema', {}),
                                    parameter_value(parameter.get('schema', {}), text),
                                    'request: query parameter %s' % name, '(its value)')
    for parameter in parameters.values():
        if parameter['in'] == 'query' and parameter.get('required') and parameter['name'] not in names:
            problems.append('request: query parameter %s: missing (rule: required)' % parameter['name'])
        if parameter['in'] == 'path':
            text = urllib.parse.unquote(path_values.get(parameter['name'], ''))
            problems += schema_problems(parameter.get('schema', {}),
                                        parameter_value(parameter.get('schema', {}), text),
                                        'request: path parameter %s' % parameter['name'],
                                        '(its value)')
    if operation['operationId'] == 'FetchTenantsBatch' and 'after' in names and len(set(names)) > 1:
        problems.append('request: query parameter after: sent with %s; the cursor "encodes all the '
                        'filtering and sorting arguments... only cursor should be provided" '
                        '(rule: the cursor alone)' % ', '.join(sorted(set(names) - {'after'})))
    accept = exchange.get('headers', {}).get('accept', '')
    if accept and '*/*' not in accept:
        answers = set()
        for status, content in operation['responses'].items():
            if status.startswith('2'):
                answers |= set(k for k in (content or {}) if k != 'specRef')
        if answers and not any(kind in accept for kind in answers):
            problems.append('request: Accept: %r admits none of %s, which the document answers '
                            'with (rule: acceptable content)' % (accept, ', '.join(sorted(answers))))
    body = exchange.get('requestBody', '')
    content_type = exchange.get('headers', {}).get('content-type', '').split(';')[0].strip()
    request_body = operation.get('requestBody')
    if not request_body:
        if body:
            problems.append('request: body: the operation takes no body, %d bytes were sent '
                            '(rule: no body)' % len(body.encode('utf-8')))
        return problems
    if not body:
        if request_body.get('required'):
            problems.append('request: body: missing (rule: required)')
        return problems
    if content_type != request_body['contentType']:
        problems.append('request: Content-Type: %r, the document says %r (rule: content type)'
                        % (content_type, request_body['contentType']))
        return problems
    if content_type == 'application/x-www-form-urlencoded':
        value = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
    else:
        try:
            value = json.loads(body)
        except ValueError as error:
            return problems + ['request: body: not JSON (%s) (rule: JSON)' % error]
    return problems + schema_problems(request_body.get('schema', {}), value, 'request: body')


def check_answer(operation, exchange):
    status = str(exchange['status'])
    responses = operation['responses']
    if status not in responses:
        return ['answer: status %s: the document has %s only (rule: documented statuses)'
                % (status, ', '.join(sorted(responses)))]
    content = responses[status]
    content_type = exchange.get('responseContentType', '').split(';')[0].strip()
    schemas = {k: v for k, v in (content or {}).items() if k != 'specRef'}
    if not schemas:
        if exchange.get('responseBody') or exchange.get('responseBodyBase64') or \
                exchange.get('responseJson') is not None:
            return ['answer: body: the document gives status %s no body (rule: no body)' % status]
        return []
    if content_type not in schemas:
        return ['answer: Content-Type %r: the document has %s (rule: content type)'
                % (content_type, ', '.join(sorted(schemas)))]
    schema = schemas[content_type]
    if content_type != 'application/json' or not schema:
        return []
    if 'responseJson' in exchange:  # the fake's own answer, as it went
        value = exchange['responseJson']
    else:
        try:
            value = json.loads(exchange.get('responseBody', ''))
        except ValueError as error:
            return ['answer: body: not JSON (%s) (rule: JSON)' % error]
    return schema_problems(schema, value, 'answer: body')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('log_dir')
    parser.add_argument('--operations', default=os.path.join(DATA, 'operations.json'))
    parser.add_argument('--readings', default=os.path.join(DATA, 'readings.json'))
    parser.add_argument('--require', type=int, default=0,
                        help='fail unless at least this many exchanges were logged')
    arguments = parser.parse_args()
    contract = Contract(arguments.operations, arguments.readings)
    failures = []
    requests = answers = probes = 0
    operations_seen = set()
    for log in sorted(glob.glob(os.path.join(arguments.log_dir, '*.jsonl'))):
        with open(log, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                exchange = json.loads(line)
                where = '%s (%s:%d)' % (exchange.get('test', '?'), os.path.basename(log), number)
                if exchange.get('probe'):
                    probes += 1
                    continue
                path = urllib.parse.urlsplit(exchange['target']).path
                operation, path_values = contract.match(exchange['method'], path)
                if operation is None:
                    failures.append('%s: %s %s: no such operation in the document'
                                    % (where, exchange['method'], path))
                    continue
                operations_seen.add(operation['operationId'])
                name = '%s: %s %s' % (where, operation['operationId'], exchange['method'])
                requests += 1
                request_problems = check_request(operation, path_values, exchange)
                failures += ['%s %s' % (name, p) for p in request_problems]
                if exchange.get('fakeViolation'):
                    failures.append('%s answer: the fake broke the document: %s'
                                    % (name, exchange['fakeViolation']))
                    continue
                # A refused request's answer is the fake's own 400 naming the problem; an
                # injected one plays a broken server or proxy.
                if request_problems or exchange.get('injected') or not exchange.get('status'):
                    continue
                answers += 1
                failures += ['%s %s' % (name, p) for p in check_answer(operation, exchange)]
    for failure in failures:
        print('FAIL ' + failure)
    print('Validated %d requests and %d answers of %d operations against the official document '
          '(%d probes of the fake itself skipped); %d problems.'
          % (requests, answers, len(operations_seen), probes, len(failures)))
    if requests < arguments.require:
        print('FAIL fewer than %d exchanges were logged in %s: is $CSP_CONTRACT_LOG set for the '
              'tests?' % (arguments.require, arguments.log_dir))
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
