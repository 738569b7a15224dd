//! A tenant-wide IP plan: one subnet range shared by several sites, each
//! site given a disjoint part of it as its allocation pool, so that ports
//! made at different sites never get the same address.
//!
//! Pure arithmetic on addresses as integers (IPv4 and IPv6 alike), tested
//! here; `subnet create` puts the pools in each site's request.

use std::fmt;
use std::net::IpAddr;

/// A subnet range, parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub network: IpAddr,
    pub prefix: u8,
}

/// One allocation pool: `start` to `end`, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pool {
    pub start: IpAddr,
    pub end: IpAddr,
}

impl fmt::Display for Pool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

impl Range {
    /// `10.0.0.0/24` or `fd00::/64`; host bits are cleared, as Neutron does.
    pub fn parse(text: &str) -> Result<Range, String> {
        let bad = || format!("`{text}` is not a subnet range such as 10.0.0.0/24");
        let (addr, prefix) = text.split_once('/').ok_or_else(bad)?;
        let addr: IpAddr = addr.trim().parse().map_err(|_| bad())?;
        let prefix: u8 = prefix.trim().parse().map_err(|_| bad())?;
        let bits = bits(addr);
        if prefix > bits {
            return Err(bad());
        }
        let mask = if prefix == 0 {
            0
        } else {
            u128::MAX << (128 - u32::from(prefix)) >> (128 - u32::from(bits))
        };
        Ok(Range {
            network: from_int(addr, to_int(addr) & mask),
            prefix,
        })
    }

    pub fn ip_version(&self) -> u8 {
        if self.network.is_ipv4() { 4 } else { 6 }
    }

    /// The first and last address a pool may hold: after the network
    /// address, and before the broadcast address in IPv4.
    fn usable(&self) -> (u128, u128) {
        let size_bits = u32::from(bits(self.network) - self.prefix);
        let base = to_int(self.network);
        let last = if size_bits >= 128 {
            u128::MAX
        } else {
            base + ((1u128 << size_bits) - 1)
        };
        let last = if self.network.is_ipv4() && size_bits >= 2 {
            last - 1
        } else {
            last
        };
        (base + 1, last)
    }

    /// The gateway Neutron picks when none is given: the first address
    /// after the network's in IPv4, the subnet-router anycast address (the
    /// network's own) in IPv6.
    pub fn default_gateway(&self) -> IpAddr {
        match self.network {
            IpAddr::V4(_) => from_int(self.network, to_int(self.network) + 1),
            IpAddr::V6(_) => self.network,
        }
    }

    /// Splits the range's usable addresses, without the gateway, into
    /// `parts` contiguous shares as even as possible, in order. Refuses
    /// when there are fewer usable addresses than parts.
    pub fn split(&self, gateway: Option<IpAddr>, parts: usize) -> Result<Vec<Vec<Pool>>, String> {
        let (first, last) = self.usable();
        if last < first {
            return Err(format!(
                "{}/{} has no addresses for pools: give a larger range",
                self.network, self.prefix
            ));
        }
        self.split_ranges(vec![(first, last)], gateway, parts)
    }

    /// Splits the given pools (`--allocation-pool`), without the gateway,
    /// as [`Range::split`] splits the whole range: each site a contiguous
    /// part of what the user gave. Refuses a pool outside the range.
    pub fn split_pools(
        &self,
        pools: &[Pool],
        gateway: Option<IpAddr>,
        parts: usize,
    ) -> Result<Vec<Vec<Pool>>, String> {
        let (first, last) = self.usable();
        let mut ranges = Vec::new();
        for pool in pools {
            let (start, end) = (to_int(pool.start), to_int(pool.end));
            let same = pool.start.is_ipv4() == self.network.is_ipv4()
                && pool.end.is_ipv4() == self.network.is_ipv4();
            if !same || start > end || start < first || end > last {
                return Err(format!(
                    "allocation pool {pool} is not within {}/{}",
                    self.network, self.prefix
                ));
            }
            ranges.push((start, end));
        }
        ranges.sort_unstable();
        self.split_ranges(ranges, gateway, parts)
    }

    /// Cuts `ranges` (sorted, disjoint), less the gateway, into `parts`
    /// contiguous shares of sizes as even as possible.
    fn split_ranges(
        &self,
        ranges: Vec<(u128, u128)>,
        gateway: Option<IpAddr>,
        parts: usize,
    ) -> Result<Vec<Vec<Pool>>, String> {
        let gateway = gateway
            .filter(|g| g.is_ipv4() == self.network.is_ipv4())
            .map(to_int);
        // The ranges without the gateway.
        let ranges: Vec<(u128, u128)> = ranges
            .into_iter()
            .flat_map(|(s, e)| match gateway {
                Some(g) if s <= g && g <= e => {
                    let mut parts = Vec::new();
                    if s < g {
                        parts.push((s, g - 1));
                    }
                    if g < e {
                        parts.push((g + 1, e));
                    }
                    parts
                }
                _ => vec![(s, e)],
            })
            .collect();
        let total: u128 = ranges.iter().map(|(s, e)| e - s + 1).sum();
        if parts == 0 || total < parts as u128 {
            return Err(format!(
                "{}/{} has {total} addresses for pools, fewer than the {parts} sites that \
                 share it: give a larger range",
                self.network, self.prefix
            ));
        }
        let (share, extra) = (total / parts as u128, total % parts as u128);
        let mut shares = Vec::with_capacity(parts);
        let mut ranges = ranges.into_iter();
        let mut current = ranges.next();
        for i in 0..parts as u128 {
            let mut wanted = share + u128::from(i < extra);
            let mut pools = Vec::new();
            while wanted > 0 {
                let Some((s, e)) = current else {
                    break;
                };
                let size = e - s + 1;
                if size <= wanted {
                    pools.push((s, e));
                    wanted -= size;
                    current = ranges.next();
                } else {
                    pools.push((s, s + wanted - 1));
                    current = Some((s + wanted, e));
                    wanted = 0;
                }
            }
            shares.push(
                pools
                    .into_iter()
                    .map(|(s, e)| Pool {
                        start: from_int(self.network, s),
                        end: from_int(self.network, e),
                    })
                    .collect(),
            );
        }
        Ok(shares)
    }
}

fn bits(addr: IpAddr) -> u8 {
    if addr.is_ipv4() { 32 } else { 128 }
}

fn to_int(addr: IpAddr) -> u128 {
    match addr {
        IpAddr::V4(a) => u128::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a),
    }
}

/// An integer as an address of the same family as `like`.
fn from_int(like: IpAddr, n: u128) -> IpAddr {
    match like {
        IpAddr::V4(_) => IpAddr::V4(std::net::Ipv4Addr::from(n as u32)),
        IpAddr::V6(_) => IpAddr::V6(std::net::Ipv6Addr::from(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(shares: &[Vec<Pool>]) -> Vec<String> {
        shares
            .iter()
            .map(|s| s.iter().map(Pool::to_string).collect::<Vec<_>>().join(","))
            .collect()
    }

    #[test]
    fn three_sites_share_a_slash_24() {
        let range = Range::parse("10.0.0.0/24").unwrap();
        assert_eq!(range.ip_version(), 4);
        let shares = range.split(Some(range.default_gateway()), 3).unwrap();
        // 10.0.0.2 to 10.0.0.254: 253 addresses, 85 + 84 + 84.
        assert_eq!(
            text(&shares),
            [
                "10.0.0.2-10.0.0.86",
                "10.0.0.87-10.0.0.170",
                "10.0.0.171-10.0.0.254"
            ]
        );
    }

    #[test]
    fn a_gateway_inside_a_share_splits_its_pool() {
        let range = Range::parse("10.1.2.77/29").unwrap();
        assert_eq!(range.network.to_string(), "10.1.2.72");
        let gateway = "10.1.2.75".parse().ok();
        // .73 to .78 without .75: five addresses, 3 + 2.
        let shares = range.split(gateway, 2).unwrap();
        assert_eq!(
            text(&shares),
            [
                "10.1.2.73-10.1.2.74,10.1.2.76-10.1.2.76",
                "10.1.2.77-10.1.2.78"
            ]
        );
    }

    #[test]
    fn the_user_s_pools_are_split_not_the_whole_range() {
        let range = Range::parse("10.0.0.0/24").unwrap();
        let pool = |s: &str, e: &str| Pool {
            start: s.parse().unwrap(),
            end: e.parse().unwrap(),
        };
        let pools = [
            pool("10.0.0.100", "10.0.0.103"),
            pool("10.0.0.10", "10.0.0.11"),
        ];
        // 10, 11, 100..103: six addresses, 2 + 2 + 2, in order.
        let shares = range
            .split_pools(&pools, Some(range.default_gateway()), 3)
            .unwrap();
        assert_eq!(
            text(&shares),
            [
                "10.0.0.10-10.0.0.11",
                "10.0.0.100-10.0.0.101",
                "10.0.0.102-10.0.0.103"
            ]
        );
        let outside = [pool("10.0.1.1", "10.0.1.5")];
        let refused = range.split_pools(&outside, None, 2).unwrap_err();
        assert!(refused.contains("is not within 10.0.0.0/24"), "{refused}");
    }

    #[test]
    fn too_small_a_range_is_refused() {
        let range = Range::parse("192.168.0.0/30").unwrap();
        // .1 is the gateway, .2 is all that is left.
        let error = range.split(Some(range.default_gateway()), 2).unwrap_err();
        assert!(error.contains("1 addresses"), "{error}");
        assert!(range.split(Some(range.default_gateway()), 1).is_ok());
        for bad in ["10.0.0.0", "10.0.0.0/33", "x/8", "fd00::/129"] {
            assert!(Range::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ipv6_ranges_split_too() {
        let range = Range::parse("fd00:1::/64").unwrap();
        assert_eq!(range.ip_version(), 6);
        let shares = range.split(Some(range.default_gateway()), 2).unwrap();
        assert_eq!(
            text(&shares),
            [
                "fd00:1::1-fd00:1:0:0:8000::",
                "fd00:1::8000:0:0:1-fd00:1::ffff:ffff:ffff:ffff"
            ]
        );
    }

    proptest! {
        /// Shares are disjoint, in order, inside the range, never hold the
        /// gateway, and together hold every usable address.
        #[test]
        fn shares_partition_the_range(
            base in any::<u32>(), prefix in 16u8..=30, parts in 1usize..40, gateway_offset in 0u32..64,
        ) {
            let range = Range::parse(&format!("{}/{prefix}", std::net::Ipv4Addr::from(base))).unwrap();
            let (first, last) = range.usable();
            let gateway = from_int(range.network, first + u128::from(gateway_offset) % (last - first + 1));
            let Ok(shares) = range.split(Some(gateway), parts) else {
                prop_assert!(last - first < parts as u128);
                return Ok(());
            };
            prop_assert_eq!(shares.len(), parts);
            let mut expect = first;
            let mut count = 0u128;
            for pool in shares.iter().flatten() {
                let (s, e) = (to_int(pool.start), to_int(pool.end));
                if expect == to_int(gateway) { expect += 1; }
                prop_assert_eq!(s, expect);
                prop_assert!(s <= e && e <= last);
                prop_assert!(!(s..=e).contains(&to_int(gateway)));
                count += e - s + 1;
                expect = e + 1;
            }
            if expect == to_int(gateway) { expect += 1; }
            prop_assert_eq!(expect, last + 1);
            prop_assert_eq!(count, last - first);
        }
    }
}
