package io.releasetrain.sandbox.oidc;

/** The sandbox provider's sign-in page: pick a person, no password. */
final class SignInPage {

    private SignInPage() {
    }

    static String render(String clientId, String redirectUri, String state, String nonce) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in · sandbox</title>
                <style>body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:34rem;padding:0 1rem;color:#1b1f24}
                form{margin:.5rem 0}button{width:100%;text-align:left;padding:.6rem .8rem;border:1px solid #7b8794;
                border-radius:.4rem;background:#fff;font:inherit;cursor:pointer}button:focus-visible{outline:3px solid #f0a500}
                .who{font-weight:700}.what{color:#4a5361;font-size:.9rem}.roles{color:#0a3d73;font-size:.85rem}</style>
                </head><body><main><h1>Sign in to the release train</h1>
                <p>The sandbox plays the organisation's sign-in. Pick who you are; each person has one role.</p>
                """);
        for (SandboxUser user : SandboxUser.values()) {
            html.append("<form method=\"post\" action=\"/oidc/authorize\">")
                    .append(hidden("client_id", clientId)).append(hidden("redirect_uri", redirectUri))
                    .append(hidden("state", state)).append(hidden("nonce", nonce)).append(hidden("login", user.login()))
                    .append("<button type=\"submit\" data-login=\"").append(escape(user.login())).append("\">")
                    .append("<span class=\"who\">Sign in as ").append(escape(user.displayName())).append("</span> (")
                    .append(escape(user.login())).append(")<br><span class=\"roles\">")
                    .append(user.roles().isEmpty() ? "no role" : escape(String.join(", ", user.roles())))
                    .append("</span> · <span class=\"what\">").append(escape(user.description()))
                    .append("</span></button></form>\n");
        }
        return html.append("</main></body></html>").toString();
    }

    private static String hidden(String name, String value) {
        return value == null ? "" : "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
