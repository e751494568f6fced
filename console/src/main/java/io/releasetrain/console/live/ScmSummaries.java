package io.releasetrain.console.live;

import io.releasetrain.events.scm.BranchPushed;
import io.releasetrain.events.scm.CheckFinished;
import io.releasetrain.events.scm.CommitStatusChanged;
import io.releasetrain.events.scm.PullRequestClosed;
import io.releasetrain.events.scm.PullRequestOpened;
import io.releasetrain.events.scm.PullRequestReopened;
import io.releasetrain.events.scm.PullRequestSynchronized;
import io.releasetrain.events.scm.ScmEvent;

/** Sentences for {@code scm-events}. */
final class ScmSummaries {

    private ScmSummaries() {
    }

    static String of(ScmEvent event) {
        if (event instanceof BranchPushed pushed) {
            return pushed.pusher() + (pushed.forced() ? " force-pushed " : " pushed ") + pushed.repository() + " "
                    + pushed.branch() + " to " + Shas.shortSha(pushed.afterSha());
        } else if (event instanceof PullRequestOpened opened) {
            return "Pull request " + opened.repository() + "#" + opened.number() + " opened: " + opened.title();
        } else if (event instanceof PullRequestSynchronized synced) {
            return "Pull request " + synced.repository() + "#" + synced.number() + " now at " + Shas.shortSha(synced.headSha());
        } else if (event instanceof PullRequestReopened reopened) {
            return "Pull request " + reopened.repository() + "#" + reopened.number() + " reopened";
        } else if (event instanceof PullRequestClosed closed) {
            return "Pull request " + closed.repository() + "#" + closed.number()
                    + (closed.merged() ? " merged by " + closed.mergedBy() + " as " + Shas.shortSha(closed.mergeCommitSha())
                            : " closed without merging");
        } else if (event instanceof CommitStatusChanged status) {
            return "Status " + status.context() + " " + status.state() + " on " + status.repository() + " "
                    + Shas.shortSha(status.sha());
        } else if (event instanceof CheckFinished check) {
            return "Check " + check.name() + " " + check.conclusion() + " on " + check.repository() + " "
                    + Shas.shortSha(check.sha());
        }
        return event.getClass().getSimpleName() + " " + event.subject();
    }
}
