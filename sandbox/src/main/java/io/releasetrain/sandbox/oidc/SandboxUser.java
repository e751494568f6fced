package io.releasetrain.sandbox.oidc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The people of the sandbox's sign-in page: one per role of the train, and a viewer with none. */
public enum SandboxUser {

    VIEWER("viewer", "Vic Viewer", "sees everything, changes nothing"),
    ONCALL_PRIMARY("pat.primary", "Pat Primary", "on call, first line: production, rollouts, rollbacks", "oncall-primary"),
    ONCALL_SECONDARY("sam.secondary", "Sam Secondary", "on call, second line: staging, maintenance, freezes",
            "oncall-secondary"),
    RELEASE_ADMIN("rae.admin", "Rae Admin", "runs the release process", "release-admin"),
    PPC_OPERATOR("otto.operator", "Otto Operator", "operates PPCs: maintenance", "ppc-operator"),
    ORG_ADMIN("olga.orgs", "Olga Orgs", "attaches PPCs to organisations", "org-admin");

    private final String login;
    private final String displayName;
    private final String description;
    private final List<String> roles;

    SandboxUser(String login, String displayName, String description, String... roles) {
        this.login = login;
        this.displayName = displayName;
        this.description = description;
        this.roles = List.of(roles);
    }

    /** The subject and {@code upn} of the user's tokens: what audit trails record. */
    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    /** What the user can do, in words, for the sign-in page. */
    public String description() {
        return description;
    }

    /** The {@code groups} claim of the user's access token. */
    public List<String> roles() {
        return roles;
    }

    public static Optional<SandboxUser> byLogin(String login) {
        return Arrays.stream(values()).filter(u -> u.login.equals(login)).findFirst();
    }
}
