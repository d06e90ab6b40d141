"""Registers OSD 0 and creates radosgw's pools with one burst of monitor commands (start-rgw.sh).

Usage: python3 mon-setup.py CEPH_CONF OSD_UUID

Run by the Python that Ceph's own `ceph` command uses (it has the librados binding, package
python3-rados). The commands go out concurrently, so the monitor folds them into a few map
updates: about 0.4 s, where radosgw creating its pools one after the other takes about 1 s.
Exit status 1 with the failed commands on stderr.
"""

import json
import sys
import threading

import rados

# Pacific's default zone pools: everything radosgw and radosgw-admin create on first use.
POOLS = (
    '.rgw.root',
    'default.rgw.log',
    'default.rgw.control',
    'default.rgw.meta',
    'default.rgw.buckets.index',
    'default.rgw.buckets.data',
    'default.rgw.buckets.non-ec',
)
PG_NUM = 8
TIMEOUT_S = 30


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: mon-setup.py CEPH_CONF OSD_UUID')
    conf, osd_uuid = sys.argv[1:]
    cluster = rados.Rados(conffile=conf, name='client.admin')
    cluster.connect(timeout=TIMEOUT_S)
    errors = []

    def command(**args):
        ret, _, message = cluster.mon_command(json.dumps(args), b'', timeout=TIMEOUT_S)
        if ret != 0:
            errors.append(f'{json.dumps(args)}: {message} ({ret})')

    def create_pool(name):
        command(prefix='osd pool create', pool=name, pg_num=PG_NUM, pgp_num=PG_NUM)
        command(prefix='osd pool application enable', pool=name, app='rgw')

    threads = [threading.Thread(target=command, kwargs={'prefix': 'osd new', 'uuid': osd_uuid, 'id': 0})]
    threads += [threading.Thread(target=create_pool, args=(name,)) for name in POOLS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cluster.shutdown()
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
