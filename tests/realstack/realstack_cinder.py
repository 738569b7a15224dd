"""Cinder's fake volume driver with each volume's data in a sparse file.

cinder.tests.fake_driver keeps no data and answers connections as iSCSI,
which cinder-backup cannot open without an initiator and root. Here every
volume is a file under the site's state directory, handed out through
os-brick's `local` connector, so backups read and restores write real
bytes with no privileges, and a volume uploaded as an image is that file.
"""

import os

from oslo_config import cfg

from cinder.tests import fake_driver

GIB = 1024 ** 3


class FileVolumeDriver(fake_driver.FakeLoggingVolumeDriver):
    def _path(self, volume):
        d = os.path.join(cfg.CONF.state_path, 'volume-files')
        os.makedirs(d, exist_ok=True)
        return os.path.join(d, volume['id'])

    def _ensure_file(self, volume):
        path = self._path(volume)
        with open(path, 'ab') as f:
            if f.tell() < volume['size'] * GIB:
                f.truncate(volume['size'] * GIB)
        return path

    def validate_connector(self, connector):
        # the local connector needs no initiator
        pass

    def initialize_connection(self, volume, connector):
        info = super().initialize_connection(volume, connector)
        return {'driver_volume_type': 'local',
                'data': {'device_path': self._ensure_file(volume),
                         'access_mode': info['data']['access_mode']}}

    def copy_volume_to_image(self, context, volume, image_service,
                             image_meta):
        # the volume's file, not LVM's device (`image create --volume`)
        from cinder.volume import volume_utils
        volume_utils.upload_volume(context, image_service, image_meta,
                                   self._ensure_file(volume), volume)

    def secure_file_operations_enabled(self):
        # the files are ours: no chown through a root helper around I/O
        return True

    def delete_volume(self, volume):
        try:
            os.unlink(self._path(volume))
        except FileNotFoundError:
            pass


def _connector_properties(multipath=False, enforce_multipath=False):
    # os-brick's own asks every connector, some through a root helper
    # (privsep, sudo); the local connector needs nothing
    return {'platform': 'x86_64', 'os_type': 'linux', 'multipath': False,
            'ip': cfg.CONF.my_ip, 'host': cfg.CONF.host}


def backup_main():
    """cinder-backup, without root: `python -c 'from cinder.cmd import
    backup; import realstack_cinder; realstack_cinder.backup_main()'
    --config-file ...` (cinder.cmd.backup first: it patches eventlet in)"""
    from cinder.cmd import backup
    from cinder.volume import volume_utils
    volume_utils.brick_get_connector_properties = _connector_properties
    backup.main()
