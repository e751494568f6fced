package io.releasetrain.sandbox.github;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Object ids as Git computes them: SHA-1 over a typed header and the content. */
final class GitObjects {

    private GitObjects() {
    }

    /** The blob id Git gives {@code content}: {@code sha1("blob <length>\0" + content)}. */
    static String blobSha(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return sha1(("blob " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** A tree id over the sorted paths and blob ids (flat: the sandbox has no sub-tree objects). */
    static String treeSha(Map<String, String> files) {
        StringBuilder tree = new StringBuilder();
        new TreeMap<>(files).forEach((path, content) -> tree.append("100644 ").append(path).append(' ')
                .append(blobSha(content)).append('\n'));
        byte[] bytes = tree.toString().getBytes(StandardCharsets.UTF_8);
        return sha1(("tree " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** The commit id over the same fields Git hashes. */
    static String commitSha(String treeSha, Iterable<String> parents, Commit.Person author, Commit.Person committer,
            String message) {
        StringBuilder commit = new StringBuilder("tree ").append(treeSha).append('\n');
        parents.forEach(parent -> commit.append("parent ").append(parent).append('\n'));
        commit.append("author ").append(person(author)).append('\n');
        commit.append("committer ").append(person(committer)).append("\n\n").append(message);
        byte[] bytes = commit.toString().getBytes(StandardCharsets.UTF_8);
        return sha1(("commit " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8), bytes);
    }

    private static String person(Commit.Person person) {
        return person.name() + " <" + person.email() + "> " + person.date().getEpochSecond() + " +0000";
    }

    private static String sha1(byte[] header, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(header);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }
}
