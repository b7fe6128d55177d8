// Autocomplete by prefix: any name, alias or word of one may start the match, in any case;
// entities come back in load order, each once.
import { describe, expect, it } from 'vitest';
import { NamePrefixes } from '../../src/query/name-prefixes.js';
import type { EntityRow } from '../../src/stores/named-queries.js';

const row = (id: string, name: string, aliases: string[] = []): EntityRow => ({
  id,
  type: 'Project',
  name,
  aliases,
  confidence: 1,
  posts: 1,
});

describe('entity names by prefix', () => {
  const entities = [
    row('p:ovs', 'Open vSwitch', ['OVS']),
    row('p:openstack', 'OpenStack'),
    row('p:kvm', 'KVM', ['kernel-based virtual machine']),
    row('p:xen', 'Xen'),
  ];
  const prefixes = new NamePrefixes(entities);
  const ids = (q: string) => prefixes.starting(q).map((e) => e.id);

  it('matches the start of a name, of an alias, or of any of their words', () => {
    expect(ids('open')).toEqual(['p:ovs', 'p:openstack']);
    expect(ids('VSW')).toEqual(['p:ovs']);
    expect(ids('ovs')).toEqual(['p:ovs']);
    expect(ids('virt')).toEqual(['p:kvm']);
    expect(ids('open vs')).toEqual(['p:ovs']);
  });

  it('gives each entity once, in load order, and nothing for an unknown prefix', () => {
    expect(ids('o')).toEqual(['p:ovs', 'p:openstack']);
    expect(ids('zz')).toEqual([]);
  });
});
