import datetime, sys
from unittest import mock
import botocore.session
from awscli.customizations.eks.get_token import STSClientFactory, TokenGenerator
fixed = datetime.datetime(2026, 1, 2, 3, 4, 5)
def run(region, token=None, mode=None, cluster='shop-prod'):
    s = botocore.session.Session()
    s.set_credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', token)
    if mode: s.set_config_variable('sts_regional_endpoints', mode)
    with mock.patch('botocore.auth.get_current_datetime', return_value=fixed):
        sts = STSClientFactory(s).get_sts_client(region_name=region)
        return TokenGenerator(sts).get_token(cluster)
import base64
for args in [('ap-northeast-2',), ('us-east-1', 'FQoGZXIvYXdzE/session+token=='), (None,), ('eu-west-1', None, 'legacy'), ('cn-north-1',)]:
    t = run(*args)
    print(args, t)
    b=t[11:]; print(base64.urlsafe_b64decode(b+'='*(-len(b)%4)).decode())
