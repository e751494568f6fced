package io.releasetrain.sandbox.github;

import static io.releasetrain.sandbox.json.Json.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The {@code files} of a comparison: each path added, modified or removed between two trees. */
final class FileDiff {

    private FileDiff() {
    }

    static List<Map<String, Object>> between(Map<String, String> from, Map<String, String> to) {
        TreeSet<String> paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        List<Map<String, Object>> files = new ArrayList<>();
        for (String path : paths) {
            String before = from.get(path);
            String after = to.get(path);
            if (Objects.equals(before, after)) {
                continue;
            }
            String status = before == null ? "added" : after == null ? "removed" : "modified";
            int additions = after == null ? 0 : lines(after);
            int deletions = before == null ? 0 : lines(before);
            files.add(object("sha", after == null ? null : GitObjects.blobSha(after), "filename", path, "status", status,
                    "additions", additions, "deletions", deletions, "changes", additions + deletions));
        }
        return files;
    }

    private static int lines(String content) {
        return (int) content.lines().count();
    }
}
