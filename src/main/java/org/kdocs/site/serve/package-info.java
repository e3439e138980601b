/**
 * {@code kdocs serve}'s live preview: a loopback-only HTTP server for the built site, a recursive
 * watcher on the source directories that rebuilds after a burst of changes, and the live-reload
 * script injected into served pages, which reloads them after a good build and shows the warnings of
 * a failed one. Uses the JDK's com.sun.net.httpserver and java.nio WatchService only.
 */
package org.kdocs.site.serve;
