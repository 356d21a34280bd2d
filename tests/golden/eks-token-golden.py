"""The aws CLI's own token code (awscli get_token.py over botocore) at a fixed clock and fixed
credentials, for tests/unit/eks-token.test.ts. Prints one JSON object per case name."""
import datetime
import json
import sys
from unittest import mock

import botocore.session
from awscli.customizations.eks.get_token import STSClientFactory, TokenGenerator

cases = json.loads(sys.argv[1])
fixed = datetime.datetime(2026, 1, 2, 3, 4, 5)
out = {}
for name, case in cases.items():
    session = botocore.session.Session()
    session.set_credentials(case['accessKeyId'], case['secretAccessKey'], case.get('sessionToken'))
    if case.get('stsRegionalEndpoints'):
        session.set_config_variable('sts_regional_endpoints', case['stsRegionalEndpoints'])
    with mock.patch('botocore.auth.get_current_datetime', return_value=fixed):
        sts = STSClientFactory(session).get_sts_client(region_name=case.get('region'))
        out[name] = TokenGenerator(sts).get_token(case['clusterId'])
print(json.dumps(out))
