package io.releasetrain.promoter.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.releasetrain.promoter.github.CommitCheck;
import io.releasetrain.promoter.github.GitHubClient;
import io.releasetrain.promoter.github.GitHubRepos;
import io.releasetrain.promoter.promotion.Environments;
import io.releasetrain.promoter.promotion.Promotion;
import io.releasetrain.promoter.promotion.PromotionConfig;
import io.releasetrain.promoter.promotion.PromotionState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what {@link CandidateSelector} needs for a train, from GitHub (the source head, its checks, whether
 * the target contains a commit: GitHub's compare API) and from the promotions (the source's verified releases).
 * Throws the GitHub client's {@code RemoteException}s.
 */
@ApplicationScoped
public class Candidates {

    private final GitHubRepos github;
    private final Environments environments;
    private final String repository;

    Candidates(GitHubClient github, Environments environments, PromotionConfig promotions) {
        this.github = github.repos();
        this.environments = environments;
        this.repository = promotions.repository();
    }

    /** The candidate of {@code train} now, and why (or why there is none). */
    public CandidateSelector.Choice choose(Calendar.Train train) {
        String targetBranch = train.target().branch();
        if (environments.before(train.source().name()).isEmpty()) {
            String branch = train.source().branch();
            String head = github.branchHead(repository, branch);
            return CandidateSelector.head(branch, head, train.config().sourceChecks().orElse(List.of()),
                    latestByName(github.checks(repository, head)), targetBranch, sha -> contains(targetBranch, sha));
        }
        return CandidateSelector.newestVerified(train.source().name(), verifiedReleases(train.source().name()),
                targetBranch, sha -> contains(targetBranch, sha));
    }

    /** The releases of an environment whose deployment and verification passed, newest first. */
    public static List<CandidateSelector.Release> verifiedReleases(String environment) {
        return QuarkusTransaction.requiringNew().call(() -> Promotion.<Promotion>list(
                        "targetEnvironment = ?1 and state = ?2 and mergeSha is not null order by updatedAt desc, sequence desc",
                        environment, PromotionState.VERIFIED).stream()
                .map(p -> new CandidateSelector.Release(p.mergeSha, p.id)).toList());
    }

    private boolean contains(String branch, String sha) {
        return github.compare(repository, branch, sha).commits() == 0;
    }

    private static Map<String, CommitCheck> latestByName(List<CommitCheck> checks) {
        Map<String, CommitCheck> latest = new LinkedHashMap<>();
        checks.forEach(check -> latest.putIfAbsent(check.name(), check));
        return latest;
    }
}
