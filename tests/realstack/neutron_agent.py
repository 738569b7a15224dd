"""Registers a DHCP agent with a site's Neutron, as the agent's first
report_state would (through Neutron's own code), so that `network agent
list|show` have a real agent to show. Nothing runs behind it: Neutron shows
it alive for agent_down_time (75 s), then dead. Idempotent (a second run is
a heartbeat).

usage: neutron_agent.py NEUTRON_CONF ML2_CONF HOST
"""
import sys

from neutron.common import config

config.register_common_config_options()
config.init(['--config-file', sys.argv[1], '--config-file', sys.argv[2]])

from neutron.db import agents_db  # noqa: E402  (needs the config above)
from neutron_lib import context  # noqa: E402

agents_db.AgentDbMixin().create_or_update_agent(context.get_admin_context(), {
    'binary': 'neutron-dhcp-agent', 'host': sys.argv[3], 'topic': 'dhcp_agent',
    'agent_type': 'DHCP agent', 'availability_zone': 'nova', 'start_flag': True,
    'configurations': {'dhcp_driver': 'neutron.agent.linux.dhcp.Dnsmasq', 'networks': 0},
})
