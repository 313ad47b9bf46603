package dev.crmkit.internal;

import dev.crmkit.merge.MatchReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Groups records that share a match key, transitively (union-find). Holds per record only its UUID and per
 * key the first record that had it, so a tenant is scanned page by page without keeping its records.
 */
public final class DuplicateIndex {
    private final List<UUID> members = new ArrayList<>();
    private final Map<String, Integer> firstByKey = new HashMap<>();
    private int[] parent = new int[1024];
    private int[] linkA = new int[256];
    private int[] linkB = new int[256];
    private MatchReason[] linkReason = new MatchReason[256];
    private int links;

    /**
     * A group of members that share keys.
     *
     * @param members the members' UUIDs in the order they were added
     * @param reasons the reasons of the links that joined them
     */
    public record Group(List<UUID> members, Set<MatchReason> reasons) {
    }

    /** Adds a record; returns its member number for {@link #key}. */
    public int add(UUID id) {
        int index = members.size();
        members.add(id);
        if (index == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[index] = index;
        return index;
    }

    /** Records that {@code member} has {@code key}; links it with the first member that had the same key. */
    public void key(int member, String key, MatchReason reason) {
        Integer first = firstByKey.putIfAbsent(key, member);
        if (first == null || first == member) {
            return;
        }
        if (links == linkA.length) {
            linkA = Arrays.copyOf(linkA, links * 2);
            linkB = Arrays.copyOf(linkB, links * 2);
            linkReason = Arrays.copyOf(linkReason, links * 2);
        }
        linkA[links] = first;
        linkB[links] = member;
        linkReason[links] = reason;
        links++;
        union(first, member);
    }

    /** The groups of two or more members, ordered by their first member. */
    public List<Group> groups() {
        Map<Integer, List<UUID>> byRoot = new HashMap<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            int root = find(i);
            List<UUID> group = byRoot.get(root);
            if (group == null) {
                group = new ArrayList<>();
                byRoot.put(root, group);
                roots.add(root);
            }
            group.add(members.get(i));
        }
        Map<Integer, Set<MatchReason>> reasons = new HashMap<>();
        for (int l = 0; l < links; l++) {
            reasons.computeIfAbsent(find(linkA[l]), r -> EnumSet.noneOf(MatchReason.class)).add(linkReason[l]);
        }
        List<Group> groups = new ArrayList<>();
        for (int root : roots) {
            List<UUID> group = byRoot.get(root);
            if (group.size() >= 2) {
                groups.add(new Group(group, reasons.getOrDefault(root, Set.of())));
            }
        }
        return groups;
    }

    private int find(int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA != rootB) {
            // The smaller member number becomes the root, so a group's root is its first member.
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
