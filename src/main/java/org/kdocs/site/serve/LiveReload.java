package org.kdocs.site.serve;

import java.util.Locale;

/**
 * The script that makes served pages follow the builds. It is added to HTML as it is served, never to
 * the files on disk, and listens on {@value #EVENTS} (Server-Sent Events): each build sends its
 * generation; a later successful one reloads the page, a failed one covers it with its warnings.
 */
final class LiveReload {
    static final String EVENTS = "/_kdocs/events";
    static final String OVERLAY_ID = "kdocs-build-failed";

    private LiveReload() {
    }

    /** The script for a page served while {@code generation} is the latest build. */
    static String script(long generation) {
        return "<script>/* kdocs serve: live reload */(function(){var served=" + generation + ";"
                + "var source=new EventSource('" + EVENTS + "');"
                + "source.addEventListener('build',function(e){var b=JSON.parse(e.data);"
                + "if(!b.ok){overlay(b);return;}"
                + "if(b.generation!==served){source.close();location.reload();}});"
                + "function overlay(b){var d=document.getElementById('" + OVERLAY_ID + "');"
                + "if(!d){d=document.createElement('pre');d.id='" + OVERLAY_ID + "';"
                + "d.style.cssText='position:fixed;top:0;left:0;right:0;bottom:0;margin:0;z-index:2147483647;"
                + "overflow:auto;padding:2em;background:rgba(30,0,0,.93);color:#fee;font:13px/1.5 monospace;"
                + "white-space:pre-wrap';document.body.appendChild(d);}"
                + "d.textContent='kdocs: the build failed; this page is from the last good build.\\n\\n'"
                + "+b.warnings.join('\\n');}})();</script>";
    }

    /** {@code html} with the script before its last {@code </body>}, or at the end when it has none. */
    static String inject(String html, long generation) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String script = script(generation);
        return at < 0 ? html + script : html.substring(0, at) + script + html.substring(at);
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // also escapes < so that "</script>" in a warning cannot end a script
                    if (c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
