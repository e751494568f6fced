package io.releasetrain.sandbox.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Git model without Quarkus: ids, ancestry, three-way merges. */
class GitRepositoryTest {

    private final GitRepository git = new GitRepository(Clock.fixed(Instant.parse("2026-01-06T14:00:00Z"), ZoneOffset.UTC));

    private Commit commit(Map<String, String> files, String... parents) {
        return git.commit(git.tree(files), List.of(parents), "change", "dev", "dev@example.com");
    }

    @Test
    void blobIdsAreGitsOwn() {
        // `printf 'hello\n' | git hash-object --stdin`
        assertThat(GitObjects.blobSha("hello\n")).isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
    }

    @Test
    void aMergeTakesEachSidesChangesAndRefusesAConflict() {
        // Given
        Commit root = commit(Map.of("a", "1", "b", "1"));
        Commit ours = commit(Map.of("a", "2", "b", "1"), root.sha());
        Commit theirs = commit(Map.of("a", "1", "b", "2", "c", "new"), root.sha());
        Commit clash = commit(Map.of("a", "3", "b", "1"), root.sha());

        // When
        Commit merge = git.mergeCommit(ours.sha(), theirs.sha(), "Merge", "dev", "dev@example.com");

        // Then
        assertThat(merge.files()).isEqualTo(Map.of("a", "2", "b", "2", "c", "new"));
        assertThat(merge.parents()).containsExactly(ours.sha(), theirs.sha());
        assertThat(git.mergeBase(ours.sha(), theirs.sha())).contains(root.sha());
        assertThat(git.isAncestor(root.sha(), merge.sha())).isTrue();
        assertThat(git.commitsBetween(ours.sha(), merge.sha())).extracting(Commit::sha).containsExactly(theirs.sha(), merge.sha());
        assertThat(git.mergedFiles(ours.sha(), clash.sha())).isEmpty();
        assertThatThrownBy(() -> git.mergeCommit(ours.sha(), clash.sha(), "Merge", "dev", "dev@example.com"))
                .isInstanceOf(GitHubException.class);
    }

    @Test
    void refsMoveForwardUnlessForced() {
        Commit root = commit(Map.of("a", "1"));
        Commit next = commit(Map.of("a", "2"), root.sha());
        assertThat(git.createRef("refs/heads/main", next.sha(), "dev").created()).isTrue();
        assertThatThrownBy(() -> git.updateRef("refs/heads/main", root.sha(), false, "dev"))
                .hasMessage("Update is not a fast forward");
        RefChange forced = git.updateRef("refs/heads/main", root.sha(), true, "dev");
        assertThat(forced.forced()).isTrue();
        assertThat(forced.branch()).isEqualTo("main");
    }
}
